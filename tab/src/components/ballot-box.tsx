import type { Choice, Command } from "@council/core";
import { Body1, Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../hooks/use-i18n";
import type { BallotAccess } from "../session/ballot-access";

export interface BallotBoxProps {
  voteId: string;
  access: BallotAccess;
  send: (command: Command) => void;
  busy: boolean;
}

const choices: Choice[] = ["yes", "no", "abstain"];

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/**
 * The member's three ballot buttons and their ballot as the server confirmed it. Nothing is
 * marked on click: "your ballot" changes only when the ballot_cast event has come back.
 */
export function BallotBox({ voteId, access, send, busy }: BallotBoxProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const confirmed = access.confirmed;
  return (
    <div className={styles.box} role="group" aria-label={t.vote.castPrompt}>
      {access.canCast ? (
        <div className={styles.buttons}>
          {choices.map((choice) => (
            <Button
              key={choice}
              size="large"
              appearance={confirmed === choice ? "primary" : "secondary"}
              aria-pressed={confirmed === choice}
              disabled={busy}
              onClick={() => send({ type: "cast_ballot", voteId, choice })}
              data-testid={`vote-${choice}`}
            >
              {t.choice[choice]}
            </Button>
          ))}
        </div>
      ) : null}
      {access.bar ? <Body1 data-testid="ballot-bar">{t.vote.cannotVote[access.bar]}</Body1> : null}
      <Text weight="semibold" data-testid="my-ballot" data-choice={confirmed ?? ""}>
        {confirmed ? t.vote.yourBallot(t.choice[confirmed]) : t.vote.notVotedYet}
      </Text>
    </div>
  );
}
