import type { AttendanceMode, SessionState } from "@council/core";
import { holdsSeat, listName, quorumStatus } from "@council/core";
import {
  Caption1,
  Card,
  CardHeader,
  Radio,
  RadioGroup,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { CommandSender } from "../hooks/use-command";
import { useI18n } from "../hooks/use-i18n";
import { sessionTime } from "../i18n/session-time";
import { presenceSignals } from "../session/presence-signals";
import { Disclosure } from "./disclosure";
import { RefusalMessage } from "./refusal-message";

export interface AttendancePanelProps {
  state: SessionState;
  commands: CommandSender;
}

const modes: AttendanceMode[] = ["room", "remote", "absent"];

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalS },
  roll: { display: "flex", flexDirection: "column", margin: 0, padding: 0, listStyleType: "none" },
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: `0 ${tokens.spacingHorizontalM}`,
    padding: `${tokens.spacingVerticalXXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  who: { display: "flex", flexDirection: "column", minWidth: "10rem" },
  choices: { flexWrap: "wrap", whiteSpace: "nowrap" },
  absent: { overflowWrap: "anywhere" },
});

/**
 * Attendance and quorum at a glance for the chair and the clerk (room, remote, absent, and who
 * is missing), Teams' join and leave signals beside each name when there are any, and the roll
 * call itself: one choice per seat holder, recorded on click.
 */
export function AttendancePanel({ state, commands }: AttendancePanelProps) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const quorum = quorumStatus(state);
  const seats = state.members.filter(holdsSeat);
  const missing = seats.filter((m) => {
    const mode = state.attendance[m.id]?.mode;
    return !mode || mode === "absent";
  });
  const signals = presenceSignals(state);
  const canRecord = state.status !== "closed";
  const { send, busy, failure, clearFailure } = commands;

  return (
    <Card className={styles.card} data-testid="attendance">
      <CardHeader
        header={<Subtitle2 as="h2">{t.attendance.title}</Subtitle2>}
        description={
          <Caption1 data-testid="attendance-summary">
            {t.attendance.summary(quorum.room, quorum.remote, quorum.members - quorum.present)}
          </Caption1>
        }
      />
      {missing.length > 0 ? (
        <Text size={200} className={styles.absent} data-testid="attendance-missing">
          {t.attendanceMode.absent}: {missing.map(listName).join("; ")}
        </Text>
      ) : null}
      <RefusalMessage failure={failure} origins={["roll"]} onDismiss={clearFailure} />
      <Disclosure
        showLabel={t.attendance.showRoll}
        hideLabel={t.attendance.hideRoll}
        defaultOpen={state.status === "scheduled"}
        testId="roll-toggle"
      >
        <ul className={styles.roll} aria-label={t.attendance.title}>
          {seats.map((member) => {
            const mode = state.attendance[member.id]?.mode;
            const signal = signals?.[member.id];
            return (
              <li
                key={member.id}
                className={styles.row}
                data-testid={`attendance-${member.id}`}
                data-mode={mode ?? ""}
              >
                <div className={styles.who}>
                  <Text>{listName(member)}</Text>
                  {signals ? (
                    <Caption1 data-testid={`signal-${member.id}`}>
                      {t.attendance.signals}:{" "}
                      {signal
                        ? t.attendance.signal(
                            t.presenceSignal[signal.signal],
                            sessionTime(signal.at, state.timeZone, lang),
                          )
                        : t.attendance.noSignal}
                    </Caption1>
                  ) : null}
                </div>
                <RadioGroup
                  layout="horizontal"
                  className={styles.choices}
                  aria-label={`${t.attendance.mode}: ${member.name}`}
                  value={mode ?? ""}
                  disabled={busy || !canRecord}
                  onChange={(_, data) =>
                    send(
                      {
                        type: "record_attendance",
                        memberId: member.id,
                        mode: data.value as AttendanceMode,
                      },
                      "roll",
                    )
                  }
                >
                  {modes.map((m) => (
                    <Radio
                      key={m}
                      value={m}
                      label={t.attendanceMode[m]}
                      data-testid={`attendance-${member.id}-${m}`}
                    />
                  ))}
                </RadioGroup>
              </li>
            );
          })}
        </ul>
      </Disclosure>
    </Card>
  );
}
