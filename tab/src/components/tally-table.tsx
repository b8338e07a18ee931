import type { LiveTally } from "@council/core";
import {
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableRow,
  makeStyles,
} from "@fluentui/react-components";
import { useI18n } from "../hooks/use-i18n";

export interface TallyTableProps {
  tally: LiveTally;
}

const useStyles = makeStyles({
  value: { textAlign: "end", fontVariantNumeric: "tabular-nums", width: "5rem" },
});

/** The live count of an open vote: ballots so far, who is left, and what adoption needs. */
export function TallyTable({ tally }: TallyTableProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const rows: [string, string, string][] = [
    [t.vote.yes, String(tally.yes), "tally-yes"],
    [t.vote.no, String(tally.no), "tally-no"],
    [t.vote.abstain, String(tally.abstain), "tally-abstain"],
    [t.vote.notYetVoted, String(tally.notYetVoted), "tally-not-voted"],
    [t.vote.present, String(tally.present), "tally-present"],
    [t.vote.quorum, String(tally.quorum), "tally-quorum"],
    [
      t.vote.needed,
      tally.needed === null ? t.vote.neededUnknown : String(tally.needed),
      "tally-needed",
    ],
  ];
  return (
    <div>
      <Table size="extra-small" aria-label={t.vote.tallyCaption}>
        <TableBody>
          {rows.map(([label, value, testId]) => (
            <TableRow key={testId}>
              <TableCell>{label}</TableCell>
              <TableCell className={styles.value} data-testid={testId}>
                {value}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Caption1>{t.vote.castSoFar(tally.yes + tally.no + tally.abstain)}</Caption1>
    </div>
  );
}
