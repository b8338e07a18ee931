import type { AttendanceMode, Command, SessionState } from "@council/core";
import { holdsSeat, listName, quorumStatus } from "@council/core";
import {
  Caption1,
  Card,
  CardHeader,
  Radio,
  RadioGroup,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from "@fluentui/react-components";
import { useI18n } from "../hooks/use-i18n";

export interface AttendanceRollProps {
  state: SessionState;
  send: (command: Command) => void;
  busy: boolean;
}

const modes: AttendanceMode[] = ["room", "remote", "absent"];

const useStyles = makeStyles({
  /** Wrap between choices, never inside one ("Na dálku" stays on one line). */
  choices: { flexWrap: "wrap", whiteSpace: "nowrap" },
});

/**
 * The roll call for the chair and the clerk: one row per seat holder with room, remote or
 * absent. The selection shows the recorded attendance; a click records a new one.
 */
export function AttendanceRoll({ state, send, busy }: AttendanceRollProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const quorum = quorumStatus(state);
  const absent = quorum.members - quorum.present;
  const canRecord = state.status !== "closed";
  return (
    <Card data-testid="attendance">
      <CardHeader
        header={<Subtitle2 as="h2">{t.attendance.title}</Subtitle2>}
        description={
          <Caption1 data-testid="attendance-summary">
            {t.attendance.summary(quorum.room, quorum.remote, absent)}
          </Caption1>
        }
      />
      <Table size="extra-small" aria-label={t.attendance.title}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t.attendance.member}</TableHeaderCell>
            <TableHeaderCell>{t.attendance.mode}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {state.members.filter(holdsSeat).map((member) => {
            const mode = state.attendance[member.id]?.mode;
            return (
              <TableRow
                key={member.id}
                data-testid={`attendance-${member.id}`}
                data-mode={mode ?? ""}
              >
                <TableCell>{listName(member)}</TableCell>
                <TableCell>
                  <RadioGroup
                    layout="horizontal"
                    className={styles.choices}
                    aria-label={`${t.attendance.mode}: ${member.name}`}
                    value={mode ?? ""}
                    disabled={busy || !canRecord}
                    onChange={(_, data) =>
                      send({
                        type: "record_attendance",
                        memberId: member.id,
                        mode: data.value as AttendanceMode,
                      })
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
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Card>
  );
}
