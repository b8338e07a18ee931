import type { SessionState } from "@council/core";
import {
  Caption1,
  Card,
  CardHeader,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ChatLogPost } from "../api/chat-log-post";
import { useI18n } from "../hooks/use-i18n";
import { sessionTime } from "../i18n/session-time";

export interface ChatLogListProps {
  state: SessionState;
  posts: readonly ChatLogPost[];
  unavailable: boolean;
}

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalS },
  list: {
    display: "flex",
    flexDirection: "column",
    margin: 0,
    padding: 0,
    listStyleType: "none",
    maxHeight: "40vh",
    overflowY: "auto",
  },
  row: {
    display: "flex",
    flexDirection: "column",
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  text: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
});

/** The bot's posts to the meeting chat with their delivery state: the clerk's chat log. */
export function ChatLogList({ state, posts, unavailable }: ChatLogListProps) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  return (
    <Card className={styles.card} data-testid="chat-log" data-available={String(!unavailable)}>
      <CardHeader header={<Subtitle2 as="h2">{t.clerk.chatLog}</Subtitle2>} />
      {unavailable ? <Caption1>{t.clerk.chatUnavailable}</Caption1> : null}
      {!unavailable && posts.length === 0 ? <Caption1>{t.clerk.chatEmpty}</Caption1> : null}
      <ol
        className={styles.list}
        aria-label={t.clerk.chatLog}
        tabIndex={posts.length > 0 ? 0 : undefined}
      >
        {posts.map((post) => (
          <li
            key={post.id}
            className={styles.row}
            data-testid={`chat-post-${post.id}`}
            data-status={post.status}
          >
            <Caption1>
              <time dateTime={post.createdAt}>
                {sessionTime(post.createdAt, state.timeZone, lang)}
              </time>
              {" · "}
              {post.kind} · {t.clerk.chatStatus(post.status, post.attempts)}
            </Caption1>
            <Text className={styles.text}>{post.text}</Text>
          </li>
        ))}
      </ol>
    </Card>
  );
}
