import type { LiveTally } from "@council/core";
import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../hooks/use-i18n";
import type { MemberBallot } from "../session/named-votes";
import { BallotSymbol } from "./ballot-symbol";

export interface TallySummaryProps {
  tally: LiveTally;
}

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(4, minmax(0, 1fr))",
    "@media (max-width: 480px)": { gridTemplateColumns: "repeat(2, minmax(0, 1fr))" },
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  tile: {
    display: "flex",
    flexDirection: "column",
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  label: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXXS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    margin: 0,
    overflowWrap: "anywhere",
  },
  value: {
    margin: 0,
    fontSize: tokens.fontSizeBase600,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: "tabular-nums",
  },
  facts: {
    display: "flex",
    flexWrap: "wrap",
    gap: `0 ${tokens.spacingHorizontalM}`,
    marginTop: tokens.spacingVerticalXS,
  },
});

/** The live count of an open vote: each count with its symbol, then who is left and what is needed. */
export function TallySummary({ tally }: TallySummaryProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const tiles: [MemberBallot | "pending", string, number, string][] = [
    ["yes", t.vote.yes, tally.yes, "tally-yes"],
    ["no", t.vote.no, tally.no, "tally-no"],
    ["abstain", t.vote.abstain, tally.abstain, "tally-abstain"],
    ["pending", t.vote.notYetVoted, tally.notYetVoted, "tally-not-voted"],
  ];
  return (
    <div aria-label={t.vote.tallyCaption} role="group">
      <dl className={styles.grid}>
        {tiles.map(([symbol, label, value, testId]) => (
          <div key={testId} className={styles.tile}>
            <dt className={styles.label}>
              <BallotSymbol ballot={symbol} />
              {label}
            </dt>
            <dd className={styles.value} data-testid={testId}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <div className={styles.facts}>
        <Caption1>
          {t.vote.present}:{" "}
          <Text size={200} weight="semibold" data-testid="tally-present">
            {tally.present}
          </Text>
        </Caption1>
        <Caption1>
          {t.vote.quorum}:{" "}
          <Text size={200} weight="semibold" data-testid="tally-quorum">
            {tally.quorum}
          </Text>
        </Caption1>
        <Caption1>
          {t.vote.needed}:{" "}
          <Text size={200} weight="semibold" data-testid="tally-needed">
            {tally.needed === null ? t.vote.neededUnknown : tally.needed}
          </Text>
        </Caption1>
      </div>
    </div>
  );
}
