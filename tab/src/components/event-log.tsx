import type { Actor, LoggedEvent, SessionState } from "@council/core";
import {
  Caption1,
  Card,
  CardHeader,
  Checkbox,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { useI18n } from "../hooks/use-i18n";
import { sessionTime } from "../i18n/session-time";
import { describeEvent } from "../session/describe-event";
import type { EventGroup } from "../session/event-group";
import { eventGroup, eventGroups } from "../session/event-group";

export interface EventLogProps {
  state: SessionState;
  events: readonly LoggedEvent[];
  loading: boolean;
}

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalS },
  filters: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    border: 0,
    margin: 0,
    padding: 0,
  },
  list: {
    display: "flex",
    flexDirection: "column",
    margin: 0,
    padding: 0,
    listStyleType: "none",
    maxHeight: "70vh",
    overflowY: "auto",
  },
  row: {
    display: "grid",
    gridTemplateColumns: "4.5em minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  time: { fontVariantNumeric: "tabular-nums", color: tokens.colorNeutralForeground2 },
  text: { display: "flex", flexDirection: "column", overflowWrap: "anywhere" },
});

/**
 * The clerk's running log of the session, newest first, in the reader's language and the
 * council's time zone, filtered by what the entries are about.
 */
export function EventLog({ state, events, loading }: EventLogProps) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const [shown, setShown] = useState<ReadonlySet<EventGroup>>(new Set(eventGroups));
  const actorName = (actor: Actor) =>
    actor.kind === "member"
      ? (state.members.find((m) => m.id === actor.memberId)?.name ?? actor.memberId)
      : t.clerk.service;
  const visible = events.filter((e) => shown.has(eventGroup(e.type))).reverse();
  const toggle = (group: EventGroup, on: boolean) => {
    const next = new Set(shown);
    if (on) next.add(group);
    else next.delete(group);
    setShown(next);
  };

  return (
    <Card className={styles.card} data-testid="event-log">
      <CardHeader header={<Subtitle2 as="h2">{t.clerk.log}</Subtitle2>} />
      <fieldset className={styles.filters}>
        <legend>
          <Caption1>{t.clerk.filters}</Caption1>
        </legend>
        {eventGroups.map((group) => (
          <Checkbox
            key={group}
            label={t.clerk.groups[group]}
            checked={shown.has(group)}
            onChange={(_, data) => toggle(group, data.checked === true)}
            data-testid={`log-filter-${group}`}
          />
        ))}
      </fieldset>
      {loading && events.length === 0 ? <Spinner size="tiny" label={t.loading} /> : null}
      {!loading && visible.length === 0 ? <Caption1>{t.clerk.emptyLog}</Caption1> : null}
      <ol className={styles.list} aria-label={t.clerk.log} tabIndex={0}>
        {visible.map((event) => (
          <li
            key={event.seq}
            className={styles.row}
            data-testid={`log-${event.seq}`}
            data-type={event.type}
            data-group={eventGroup(event.type)}
          >
            <time className={styles.time} dateTime={event.time}>
              {sessionTime(event.time, state.timeZone, lang)}
            </time>
            <span className={styles.text}>
              <Text>{describeEvent(event, state, t)}</Text>
              <Caption1>
                {t.clerk.by}: {actorName(event.actor)} · #{event.seq}
              </Caption1>
            </span>
          </li>
        ))}
      </ol>
    </Card>
  );
}
