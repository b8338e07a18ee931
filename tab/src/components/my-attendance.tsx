import type { Member, SessionState } from "@council/core";
import { holdsSeat } from "@council/core";
import { Body1, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { CommandSender } from "../hooks/use-command";
import { useI18n } from "../hooks/use-i18n";
import { RefusalMessage } from "./refusal-message";

export interface MyAttendanceProps {
  state: SessionState;
  me: Member;
  commands: CommandSender;
}

const useStyles = makeStyles({
  prompt: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusWarningBorder1}`,
    backgroundColor: tokens.colorStatusWarningBackground1,
  },
});

/**
 * The member's own attendance: as recorded, or, while it is not, the remote councillor's
 * "I am here" (allowed to a member for themself), without which they cannot vote.
 */
export function MyAttendance({ state, me, commands }: MyAttendanceProps) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  if (!holdsSeat(me)) return null;
  const mode = state.attendance[me.id]?.mode;
  if (mode && mode !== "absent") {
    return (
      <Caption1 data-testid="my-attendance" data-mode={mode}>
        {t.attendance.mine(t.attendanceMode[mode].toLocaleLowerCase(lang))}
      </Caption1>
    );
  }
  if (state.status === "closed") return null;
  return (
    <div className={styles.prompt} data-testid="my-attendance" data-mode={mode ?? ""}>
      <Body1>{t.attendance.iAmHereHint}</Body1>
      <Button
        appearance="primary"
        disabled={commands.busy}
        onClick={() =>
          commands.send(
            { type: "record_attendance", memberId: me.id, mode: "remote" },
            "attendance",
          )
        }
        data-testid="i-am-here"
      >
        {t.attendance.iAmHere}
      </Button>
      <RefusalMessage
        failure={commands.failure}
        origins={["attendance"]}
        onDismiss={commands.clearFailure}
      />
    </div>
  );
}
