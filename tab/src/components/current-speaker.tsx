import type { SessionState } from "@council/core";
import { Body1, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { TimerAdjustment } from "../session/speaking-time";
import { remainingMs, speakingLimitMs } from "../session/speaking-time";
import { useI18n } from "../hooks/use-i18n";
import { sessionTime } from "../i18n/session-time";
import { SpeakerCountdown } from "./speaker-countdown";

export interface CurrentSpeakerProps {
  state: SessionState;
  serverNowMs: number;
  adjustment?: TimerAdjustment;
}

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

/** Who has the floor, for what, since when, and the time they have left. */
export function CurrentSpeaker({ state, serverNowMs, adjustment }: CurrentSpeakerProps) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const floor = state.floor;
  const speaker = floor ? state.members.find((m) => m.id === floor.memberId) : undefined;
  return (
    <div className={styles.box} data-testid="speaker-current" data-member={floor?.memberId ?? ""}>
      <Caption1>{t.floor.current}</Caption1>
      {floor ? (
        <>
          <Text weight="semibold">{speaker?.name ?? floor.memberId}</Text>
          <Caption1>
            {speaker ? `${speaker.group} · ` : ""}
            {t.floorKind[floor.kind]},{" "}
            {t.floor.since(sessionTime(floor.startedAt, state.timeZone, lang))}
          </Caption1>
          <SpeakerCountdown
            remainingMs={remainingMs(floor, speakingLimitMs(state), serverNowMs, adjustment)}
            limitMs={speakingLimitMs(state)}
          />
        </>
      ) : (
        <Body1>{t.floor.nobody}</Body1>
      )}
    </div>
  );
}
