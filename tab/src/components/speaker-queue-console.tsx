import type { SessionState } from "@council/core";
import {
  Button,
  Caption1,
  Card,
  CardHeader,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { CommandSender } from "../hooks/use-command";
import { useI18n } from "../hooks/use-i18n";
import { useTimerAdjustment } from "../hooks/use-timer-adjustment";
import { businessStopped } from "../session/business-stopped";
import { speakingOrder } from "../session/speaking-order";
import { CurrentSpeaker } from "./current-speaker";
import { FloorChooser } from "./floor-chooser";
import { QueueList } from "./queue-list";
import { RefusalMessage } from "./refusal-message";

export interface SpeakerQueueConsoleProps {
  state: SessionState;
  commands: CommandSender;
  serverNowMs: number;
}

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/**
 * The chair's floor: the speaker and their time (with pause and extra time kept on this device,
 * as the rules have no command for them yet), the queue with a grant and a removal per request,
 * "next" in the rules' order, and the floor to anyone on the roster.
 */
export function SpeakerQueueConsole({ state, commands, serverNowMs }: SpeakerQueueConsoleProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const { send, busy, failure, clearFailure } = commands;
  const floor = state.floor;
  const timer = useTimerAdjustment(floor?.startedAt);
  const order = speakingOrder(state.queue);
  const itemOpen =
    state.status === "open" && state.currentItemId !== undefined && !businessStopped(state);
  const paused = timer.adjustment.pausedAtMs !== undefined;
  const grant = (memberId?: string) =>
    send({ type: "grant_floor", ...(memberId ? { memberId } : {}) }, "floor-chair");

  return (
    <Card className={styles.card} data-testid="floor">
      <CardHeader header={<Subtitle2 as="h2">{t.floor.title}</Subtitle2>} />
      <CurrentSpeaker state={state} serverNowMs={serverNowMs} adjustment={timer.adjustment} />
      {floor ? (
        <>
          <div className={styles.actions}>
            <Button
              appearance="primary"
              disabled={busy}
              onClick={() => send({ type: "end_floor" }, "floor-chair")}
              data-testid="end-floor"
            >
              {t.floor.end}
            </Button>
            <Button
              onClick={() => (paused ? timer.resume(serverNowMs) : timer.pause(serverNowMs))}
              data-testid="timer-pause"
            >
              {paused ? t.floor.resume : t.floor.pause}
            </Button>
            <Button onClick={timer.extend} data-testid="timer-extend">
              {t.floor.extend}
            </Button>
          </div>
          <Caption1>{t.floor.localTimer}</Caption1>
        </>
      ) : null}
      <RefusalMessage failure={failure} origins={["floor-chair"]} onDismiss={clearFailure} />
      <Subtitle2 as="h3">{t.floor.queue}</Subtitle2>
      <Caption1>
        {order.length === 0 ? t.floor.queueEmpty : t.floor.queueCount(order.length)}
      </Caption1>
      {order.length > 0 ? (
        <QueueList
          state={state}
          order={order}
          actions={(request, name) =>
            itemOpen ? (
              <>
                <Button
                  size="small"
                  disabled={busy || floor !== undefined}
                  aria-label={t.floor.grantMember(name)}
                  onClick={() => grant(request.memberId)}
                  data-testid={`grant-${request.memberId}`}
                >
                  {t.floor.grant}
                </Button>
                <Button
                  size="small"
                  appearance="subtle"
                  disabled={busy}
                  aria-label={t.floor.removeRequest(name)}
                  onClick={() =>
                    send(
                      { type: "withdraw_floor_request", memberId: request.memberId },
                      "floor-chair",
                    )
                  }
                  data-testid={`remove-request-${request.memberId}`}
                >
                  ✕
                </Button>
              </>
            ) : null
          }
        />
      ) : null}
      {itemOpen ? (
        <div className={styles.actions}>
          <Button
            disabled={busy || order.length === 0 || floor !== undefined}
            onClick={() => grant()}
            data-testid="grant-next"
          >
            {t.floor.grantNext}
          </Button>
          <FloorChooser state={state} disabled={busy || floor !== undefined} onGrant={grant} />
        </div>
      ) : null}
    </Card>
  );
}
