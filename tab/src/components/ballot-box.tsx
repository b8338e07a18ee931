import type { Choice } from "@council/core";
import {
  Body1,
  Button,
  Caption1,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { CommandSender } from "../hooks/use-command";
import { useI18n } from "../hooks/use-i18n";
import type { BallotAccess } from "../session/ballot-access";
import { BallotSymbol } from "./ballot-symbol";
import { RefusalMessage } from "./refusal-message";

export interface BallotBoxProps {
  voteId: string;
  access: BallotAccess;
  commands: CommandSender;
}

const choices: Choice[] = ["yes", "no", "abstain"];

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  /** Side by side where there is room; stacked full width in a 320 px side panel. */
  buttons: {
    display: "grid",
    gridTemplateColumns: "repeat(3, minmax(0, 1fr))",
    gap: tokens.spacingHorizontalS,
    "@media (max-width: 480px)": { gridTemplateColumns: "minmax(0, 1fr)" },
  },
  button: {
    minHeight: "48px",
    minWidth: 0,
    paddingInline: tokens.spacingHorizontalXS,
    whiteSpace: "normal",
  },
  line: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  confirmed: { color: tokens.colorBrandForeground1 },
});

/**
 * The member's three ballot buttons, and their ballot only as the server confirmed it: a click
 * shows "sending", never a ballot, until the ballot_cast event has come back. A refusal shows
 * right under the buttons.
 */
export function BallotBox({ voteId, access, commands }: BallotBoxProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const { send, busy, pendingOrigin, failure, clearFailure } = commands;
  const confirmed = access.confirmed;
  const sending = pendingOrigin === "ballot";
  return (
    <div className={styles.box} role="group" aria-label={t.vote.castPrompt}>
      {access.canCast ? (
        <div className={styles.buttons}>
          {choices.map((choice) => (
            <Button
              key={choice}
              className={styles.button}
              size="large"
              appearance={confirmed === choice ? "primary" : "secondary"}
              icon={<BallotSymbol ballot={choice} />}
              disabled={busy}
              onClick={() => send({ type: "cast_ballot", voteId, choice }, "ballot")}
              data-testid={`vote-${choice}`}
            >
              {t.choice[choice]}
            </Button>
          ))}
        </div>
      ) : null}
      <RefusalMessage failure={failure} origins={["ballot"]} onDismiss={clearFailure} />
      {access.bar ? <Body1 data-testid="ballot-bar">{t.vote.cannotVote[access.bar]}</Body1> : null}
      {sending ? <Spinner size="tiny" label={t.vote.sending} data-testid="ballot-sending" /> : null}
      <div className={styles.line}>
        {confirmed ? (
          <span className={styles.confirmed}>
            <BallotSymbol ballot={confirmed} />
          </span>
        ) : null}
        <Text weight="semibold" data-testid="my-ballot" data-choice={confirmed ?? ""}>
          {confirmed ? t.vote.yourBallot(t.myBallot[confirmed]) : t.vote.notVotedYet}
        </Text>
        {confirmed ? <Caption1>({t.vote.confirmed})</Caption1> : null}
      </div>
    </div>
  );
}
