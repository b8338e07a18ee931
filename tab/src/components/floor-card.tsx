import type { FloorKind, Member, SessionState } from "@council/core";
import { holdsSeat, isPresent } from "@council/core";
import {
  Button,
  Caption1,
  Card,
  CardHeader,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { CommandSender } from "../hooks/use-command";
import { useI18n } from "../hooks/use-i18n";
import { queuePlace, speakingOrder } from "../session/speaking-order";
import { CurrentSpeaker } from "./current-speaker";
import { QueueList } from "./queue-list";
import { RefusalMessage } from "./refusal-message";

export interface FloorCardProps {
  state: SessionState;
  serverNowMs: number;
  /** The signed-in member with their requests; none on read-only pages. */
  me?: Member;
  commands?: CommandSender;
}

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  wide: { flexGrow: 1 },
});

const remarks: [FloorKind, "requestTechnical" | "requestFactual"][] = [
  ["technical", "requestTechnical"],
  ["factual", "requestFactual"],
];

/**
 * The debate as a member sees it: who speaks and for how long yet, who waits, their own place,
 * and their requests: a speech, or a technical or factual remark out of turn.
 */
export function FloorCard({ state, serverNowMs, me, commands }: FloorCardProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const order = speakingOrder(state.queue);
  const place = me ? queuePlace(state.queue, me.id) : undefined;
  const mine = me ? state.queue.find((r) => r.memberId === me.id) : undefined;
  const speaking = me !== undefined && state.floor?.memberId === me.id;
  const itemOpen = state.status === "open" && state.currentItemId !== undefined;
  // An absent member neither asks for nor gets the floor; their attendance prompt says why.
  const canRequest =
    me !== undefined &&
    commands !== undefined &&
    holdsSeat(me) &&
    isPresent(state, me.id) &&
    itemOpen;

  return (
    <Card className={styles.card} data-testid="floor">
      <CardHeader header={<Subtitle2 as="h2">{t.floor.title}</Subtitle2>} />
      <CurrentSpeaker state={state} serverNowMs={serverNowMs} />
      <Subtitle2 as="h3">{t.floor.queue}</Subtitle2>
      <Caption1>
        {order.length === 0 ? t.floor.queueEmpty : t.floor.queueCount(order.length)}
      </Caption1>
      {order.length > 0 ? <QueueList state={state} order={order} /> : null}
      {place && mine ? (
        <Text weight="semibold" data-testid="my-place">
          {t.floor.yourPlace(place, t.floorKind[mine.kind])}
        </Text>
      ) : null}
      {speaking ? (
        <Text weight="semibold" data-testid="my-floor">
          {t.floor.youSpeak}
        </Text>
      ) : null}
      {canRequest && commands ? (
        <>
          <div className={styles.actions}>
            {speaking ? (
              <Button
                onClick={() => commands.send({ type: "end_floor" }, "floor")}
                disabled={commands.busy}
                data-testid="end-own-speech"
              >
                {t.floor.end}
              </Button>
            ) : place ? (
              <Button
                disabled={commands.busy}
                onClick={() => commands.send({ type: "withdraw_floor_request" }, "floor")}
                data-testid="withdraw-floor"
              >
                {t.floor.withdraw}
              </Button>
            ) : (
              <>
                <Button
                  className={styles.wide}
                  appearance="primary"
                  disabled={commands.busy}
                  onClick={() => commands.send({ type: "request_floor", kind: "speech" }, "floor")}
                  data-testid="request-floor"
                >
                  {t.floor.requestSpeech}
                </Button>
                {remarks.map(([kind, label]) => (
                  <Button
                    key={kind}
                    className={styles.wide}
                    disabled={commands.busy}
                    onClick={() => commands.send({ type: "request_floor", kind }, "floor")}
                    data-testid={`request-${kind}`}
                  >
                    {t.floor[label]}
                  </Button>
                ))}
              </>
            )}
          </div>
          <RefusalMessage
            failure={commands.failure}
            origins={["floor"]}
            onDismiss={commands.clearFailure}
          />
        </>
      ) : null}
    </Card>
  );
}
