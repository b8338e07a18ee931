import type { Command, Member, SessionState } from "@council/core";
import { holdsSeat } from "@council/core";
import {
  Body1,
  Button,
  Caption1,
  Card,
  CardHeader,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useI18n } from "../hooks/use-i18n";
import { sessionTime } from "../i18n/session-time";
import { queuePlace, speakingOrder } from "../session/speaking-order";
import { FloorChooser } from "./floor-chooser";

export interface SpeakerQueueProps {
  state: SessionState;
  me: Member;
  isChair: boolean;
  send: (command: Command) => void;
  busy: boolean;
}

const useStyles = makeStyles({
  speaker: {
    display: "flex",
    flexDirection: "column",
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/**
 * The floor: who speaks now, who waits in the order "next" will follow, the member's own
 * request and place, and the chair's controls to give and end the floor.
 */
export function SpeakerQueue({ state, me, isChair, send, busy }: SpeakerQueueProps) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const nameOf = (id: string) => state.members.find((m) => m.id === id)?.name ?? id;
  const order = speakingOrder(state.queue);
  const place = queuePlace(state.queue, me.id);
  const floor = state.floor;
  const itemOpen = state.status === "open" && state.currentItemId !== undefined;

  return (
    <Card data-testid="floor">
      <CardHeader header={<Subtitle2 as="h2">{t.floor.title}</Subtitle2>} />
      <div
        className={styles.speaker}
        data-testid="speaker-current"
        data-member={floor?.memberId ?? ""}
      >
        <Caption1>{t.floor.current}</Caption1>
        {floor ? (
          <>
            <Text weight="semibold">{nameOf(floor.memberId)}</Text>
            <Caption1>
              {t.floorKind[floor.kind]},{" "}
              {t.floor.since(sessionTime(floor.startedAt, state.timeZone, lang))}
            </Caption1>
          </>
        ) : (
          <Body1>{t.floor.nobody}</Body1>
        )}
      </div>

      <Subtitle2 as="h3">{t.floor.queue}</Subtitle2>
      {order.length === 0 ? (
        <Caption1>{t.floor.queueEmpty}</Caption1>
      ) : (
        <Caption1>{t.floor.queueCount(order.length)}</Caption1>
      )}
      <ol className={styles.list} data-testid="queue" aria-label={t.floor.queue}>
        {order.map((request) => (
          <li key={request.memberId} data-testid={`queue-item-${request.memberId}`}>
            {nameOf(request.memberId)}
            {request.kind === "speech" ? null : ` (${t.floorKind[request.kind]})`}
          </li>
        ))}
      </ol>
      {place ? <Text data-testid="my-place">{t.floor.yourPlace(place)}</Text> : null}

      {holdsSeat(me) && itemOpen ? (
        <div className={styles.actions}>
          {place ? (
            <Button
              disabled={busy}
              onClick={() => send({ type: "withdraw_floor_request" })}
              data-testid="withdraw-floor"
            >
              {t.floor.withdraw}
            </Button>
          ) : (
            <Button
              appearance="primary"
              disabled={busy || floor?.memberId === me.id}
              onClick={() => send({ type: "request_floor" })}
              data-testid="request-floor"
            >
              {t.floor.request}
            </Button>
          )}
        </div>
      ) : null}

      {isChair && itemOpen ? (
        <div className={styles.actions}>
          <Button
            disabled={busy || order.length === 0 || floor !== undefined}
            onClick={() => send({ type: "grant_floor" })}
            data-testid="grant-next"
          >
            {t.floor.grantNext}
          </Button>
          <Button
            disabled={busy || floor === undefined}
            onClick={() => send({ type: "end_floor" })}
            data-testid="end-floor"
          >
            {t.floor.end}
          </Button>
          <FloorChooser
            state={state}
            disabled={busy || floor !== undefined}
            onGrant={(memberId) => send({ type: "grant_floor", memberId })}
          />
        </div>
      ) : null}
    </Card>
  );
}
