import type { SessionSummary } from "@council/core";
import {
  Body1,
  Caption1,
  Card,
  CardHeader,
  Link,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Subtitle2,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Suspense, lazy, useEffect, useMemo, useRef, useState } from "react";
import { createApiClient } from "../api/api-client";
import { currentToken } from "../auth/auth-token";
import { LanguageSwitcher } from "../components/language-switcher";
import { useDocumentTitle } from "../hooks/use-document-title";
import { useI18n } from "../hooks/use-i18n";
import { livePath } from "../routing/route";
import { pickSession } from "../session/pick-session";
import { onConfigSave, setConfigValid, stageUrlFor, tabConfigFor } from "../teams/tab-config";
import type { TeamsHost } from "../teams/teams-context";

// The form brings fields, a select and a text area the picker does not need: it loads after the
// picker, so a chair who only picks does not wait for it.
const NewSessionForm = lazy(() =>
  import("../components/new-session-form").then((m) => ({ default: m.NewSessionForm })),
);

export interface ConfigPageProps {
  host: TeamsHost;
}

const useStyles = makeStyles({
  page: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalXL,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  column: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    maxWidth: "720px",
    marginInline: "auto",
  },
  top: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
  },
  links: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
  },
});

/**
 * The Teams configuration page: the chair picks the council session this meeting holds; Teams'
 * Save binds the meeting's chat to it and stores the tab (content: the session, website: its
 * public page). Outside Teams it lists the sessions with their addresses.
 */
export function ConfigPage({ host }: ConfigPageProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const api = useMemo(() => createApiClient({ getToken: currentToken }), []);
  const [sessions, setSessions] = useState<SessionSummary[]>();
  const [chosen, setChosen] = useState<string>();
  const [failed, setFailed] = useState(false);
  const [created, setCreated] = useState<string>();
  const chosenRef = useRef<string>(undefined);
  chosenRef.current = chosen;
  useDocumentTitle(t.pageTitle(t.views.config, undefined));

  useEffect(() => {
    let current = true;
    Promise.all([api.sessions(), host.chatId ? api.boundSession(host.chatId) : undefined]).then(
      ([list, bound]) => {
        if (!current) return;
        setSessions(list);
        setChosen(bound ?? pickSession(list) ?? list[0]?.id);
      },
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [api, host.chatId]);

  useEffect(
    () => setConfigValid(chosen !== undefined && host.chatId !== undefined),
    [chosen, host.chatId],
  );

  useEffect(() => {
    onConfigSave(async () => {
      const sessionId = chosenRef.current;
      if (!sessionId || !host.chatId) throw new Error(t.config.bindFailed);
      await api.bindChat(host.chatId, sessionId);
      return tabConfigFor(window.location.origin, sessionId, t.appName);
    });
  }, [api, host.chatId, t]);

  /** Like Save in Teams: the new session is bound to the meeting's chat and chosen. */
  const linkCreated = async (sessionId: string, title: string) => {
    let bound = true;
    if (host.chatId)
      bound = await api.bindChat(host.chatId, sessionId).then(
        () => true,
        () => false,
      );
    const list = await api.sessions().catch(() => undefined);
    setSessions((known) => list ?? known);
    setChosen(sessionId);
    setCreated(bound ? t.config.create.created(title) : t.config.create.createdNotBound(title));
  };

  const origin = window.location.origin;
  return (
    <main className={styles.page} data-testid="config">
      <div className={styles.column}>
        <div className={styles.top}>
          <Title3 as="h1">{t.config.title}</Title3>
          <LanguageSwitcher />
        </div>
        <Body1>{t.config.intro}</Body1>
        {host.inTeams ? (
          <Caption1>{t.config.saveHint}</Caption1>
        ) : (
          <Caption1 data-testid="config-outside">{t.config.outsideTeams}</Caption1>
        )}
        {failed ? (
          <MessageBar intent="error">
            <MessageBarBody>{t.errors.network}</MessageBarBody>
          </MessageBar>
        ) : null}
        {!sessions && !failed ? <Spinner label={t.loading} /> : null}
        {sessions?.length === 0 ? <Body1>{t.config.none}</Body1> : null}
        {created ? (
          <MessageBar intent="success" data-testid="new-session-created">
            <MessageBarBody>{created}</MessageBarBody>
          </MessageBar>
        ) : null}
        {sessions && sessions.length > 0 ? (
          <Card>
            <CardHeader header={<Subtitle2 as="h2">{t.config.choose}</Subtitle2>} />
            <RadioGroup
              aria-label={t.config.choose}
              value={chosen ?? ""}
              onChange={(_, data) => setChosen(data.value)}
            >
              {sessions.map((s) => (
                <Radio
                  key={s.id}
                  value={s.id}
                  label={`${s.title} – ${s.council} (${t.sessionStatus[s.status]})`}
                  data-testid={`config-session-${s.id}`}
                />
              ))}
            </RadioGroup>
          </Card>
        ) : null}
        {sessions || failed ? (
          <Card>
            <CardHeader header={<Subtitle2 as="h2">{t.config.create.title}</Subtitle2>} />
            <Suspense fallback={<Spinner size="tiny" label={t.loading} />}>
              <NewSessionForm api={api} onCreated={(id, title) => void linkCreated(id, title)} />
            </Suspense>
          </Card>
        ) : null}
        {chosen ? (
          <Card>
            <CardHeader header={<Subtitle2 as="h2">{t.config.links}</Subtitle2>} />
            <ul className={styles.links}>
              <li>
                <Link href={tabConfigFor(origin, chosen, t.appName).contentUrl}>
                  {t.config.tabLink}
                </Link>
              </li>
              <li>
                <Link href={stageUrlFor(origin, chosen)}>{t.config.stageLink}</Link>
              </li>
              <li>
                <Link href={livePath(chosen)} data-testid="config-public-link">
                  {t.config.publicLink}
                </Link>
              </li>
            </ul>
          </Card>
        ) : null}
      </div>
    </main>
  );
}
