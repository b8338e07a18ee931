import type { Member } from "@council/core";
import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { ApiClient, NewSession } from "../api/api-client";
import { ApiError } from "../api/api-error";
import { useI18n } from "../hooks/use-i18n";
import { errorMessage } from "../i18n/error-message";
import type { Messages } from "../messages/messages";
import { newSessionId } from "../session/new-session-id";
import { duplicateItemIds, parseAgendaText } from "../session/parse-agenda-text";
import type { RosterProblem } from "../session/parse-roster-json";
import { parseRosterJson } from "../session/parse-roster-json";
import { pragueTimeToUtc } from "../session/prague-time";

export interface NewSessionFormProps {
  api: Pick<ApiClient, "createSession">;
  /** Called once the service has created the session. */
  onCreated: (sessionId: string, title: string) => void;
}

type RuleSetId = keyof Messages["config"]["create"]["ruleSets"];

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  when: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  submit: { alignSelf: "flex-start" },
});

function rosterText(t: Messages, problem: RosterProblem): string {
  const texts = t.config.create.rosterProblem;
  if (problem.kind === "bad_member") return texts.bad_member(problem.index + 1, problem.field);
  if (problem.kind === "duplicate_id") return texts.duplicate_id(problem.id);
  return texts[problem.kind];
}

function refusalText(t: Messages, error: unknown): string {
  if (!(error instanceof ApiError)) return t.errors.unknown;
  if (error.code === "not_on_roster" || error.code === "not_chair")
    return t.config.create.notOnRoster;
  return errorMessage(t, error.code, error.message);
}

/**
 * A new council session for the configuration page: title, council, place, time (Prague),
 * rules, the agenda as text and the roster as a JSON file. The service decides who may create
 * it (a chair or clerk on the uploaded roster); its refusal shows beside the form.
 */
export function NewSessionForm({ api, onCreated }: NewSessionFormProps) {
  const { t } = useI18n();
  const c = t.config.create;
  const styles = useStyles();
  const [title, setTitle] = useState("");
  const [council, setCouncil] = useState("");
  const [place, setPlace] = useState("");
  const [date, setDate] = useState("");
  const [time, setTime] = useState("");
  const [ruleSetId, setRuleSetId] = useState<RuleSetId>("cz-municipal");
  const [agendaText, setAgendaText] = useState("");
  const [members, setMembers] = useState<Member[]>();
  const [rosterError, setRosterError] = useState<string>();
  const [refusal, setRefusal] = useState<string>();
  const [busy, setBusy] = useState(false);

  const agenda = useMemo(() => parseAgendaText(agendaText), [agendaText]);
  const duplicates = duplicateItemIds(agenda);
  const scheduledFor = date || time ? pragueTimeToUtc(date, time) : undefined;
  const timeInvalid = (date !== "" || time !== "") && scheduledFor === undefined;
  const ready =
    title.trim() !== "" &&
    council.trim() !== "" &&
    agenda.length > 0 &&
    duplicates.length === 0 &&
    members !== undefined &&
    !timeInvalid &&
    !busy;

  const readRoster = async (file: File | undefined) => {
    setMembers(undefined);
    setRosterError(undefined);
    if (!file) return;
    const parsed = parseRosterJson(await file.text());
    if (parsed.ok) setMembers(parsed.members);
    else setRosterError(rosterText(t, parsed.problem));
  };

  const submit = async () => {
    if (!ready) return;
    const session: NewSession = {
      id: newSessionId(date, council),
      title: title.trim(),
      council: council.trim(),
      ruleSetId,
      members,
      agenda,
    };
    if (place.trim()) session.place = place.trim();
    if (scheduledFor) session.scheduledFor = scheduledFor;
    setBusy(true);
    setRefusal(undefined);
    try {
      await api.createSession(session);
      onCreated(session.id, session.title);
    } catch (error) {
      setRefusal(refusalText(t, error));
    } finally {
      setBusy(false);
    }
  };

  const agendaMessage = duplicates.length
    ? { state: "error" as const, text: c.agendaDuplicate(duplicates.join(", ")) }
    : { state: "none" as const, text: agenda.length ? c.agendaCount(agenda.length) : c.agendaHint };

  return (
    <form
      className={styles.form}
      aria-label={c.title}
      data-testid="new-session-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Field label={c.sessionTitle} required>
        <Input value={title} onChange={(_, d) => setTitle(d.value)} data-testid="new-title" />
      </Field>
      <Field label={c.council} required>
        <Input value={council} onChange={(_, d) => setCouncil(d.value)} data-testid="new-council" />
      </Field>
      <Field label={c.place}>
        <Input value={place} onChange={(_, d) => setPlace(d.value)} />
      </Field>
      <div className={styles.when}>
        <Field label={c.date} validationState={timeInvalid ? "error" : "none"}>
          <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} />
        </Field>
        <Field
          label={c.time}
          hint={c.timeHint}
          validationState={timeInvalid ? "error" : "none"}
          validationMessage={timeInvalid ? c.badTime : undefined}
        >
          <Input type="time" value={time} onChange={(_, d) => setTime(d.value)} />
        </Field>
      </div>
      <Field label={c.ruleSet}>
        <Select value={ruleSetId} onChange={(_, d) => setRuleSetId(d.value as RuleSetId)}>
          <option value="cz-municipal">{c.ruleSets["cz-municipal"]}</option>
          <option value="votes-cast">{c.ruleSets["votes-cast"]}</option>
        </Select>
      </Field>
      <Field
        label={c.agenda}
        required
        validationState={agendaMessage.state}
        validationMessage={agendaMessage.text}
      >
        <Textarea
          value={agendaText}
          resize="vertical"
          rows={6}
          onChange={(_, d) => setAgendaText(d.value)}
          data-testid="new-agenda"
        />
      </Field>
      <Field
        label={c.roster}
        required
        validationState={rosterError ? "error" : members ? "success" : "none"}
        validationMessage={rosterError ?? (members ? c.rosterCount(members.length) : undefined)}
      >
        <input
          type="file"
          accept="application/json,.json"
          data-testid="new-roster"
          onChange={(event) => void readRoster(event.target.files?.[0])}
        />
      </Field>
      {members || rosterError ? null : <Caption1>{c.rosterHint}</Caption1>}
      {refusal ? (
        <MessageBar intent="error" data-testid="new-session-error">
          <MessageBarBody>{refusal}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Button
        className={styles.submit}
        appearance="primary"
        type="submit"
        disabled={!ready}
        data-testid="new-session-submit"
      >
        {busy ? c.creating : c.submit}
      </Button>
    </form>
  );
}
