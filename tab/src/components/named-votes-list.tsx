import type { SessionState, Vote } from "@council/core";
import { listName } from "@council/core";
import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../hooks/use-i18n";
import { groupedNamedVotes, namedVotes } from "../session/named-votes";
import { BallotSymbol } from "./ballot-symbol";

export interface NamedVotesListProps {
  state: SessionState;
  vote: Vote;
}

const useStyles = makeStyles({
  groups: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  names: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexWrap: "wrap",
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`,
  },
  name: { overflowWrap: "anywhere", ":not(:last-child)::after": { content: '";"' } },
});

/**
 * Who voted how, grouped by ballot as minutes list them ("Pro (13): ..."), names surname first.
 * Groups of wrapping names read at any width, unlike a table squeezed into a side panel.
 */
export function NamedVotesList({ state, vote }: NamedVotesListProps) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.groups} data-testid="named-votes">
      {groupedNamedVotes(namedVotes(state, vote)).map(({ ballot, members }) => (
        <section key={ballot} aria-label={`${t.memberBallot[ballot]} (${members.length})`}>
          <Subtitle2 as="h3" className={styles.heading}>
            <BallotSymbol ballot={ballot} />
            {t.memberBallot[ballot]} ({members.length})
          </Subtitle2>
          <ul className={styles.names}>
            {members.map((member) => (
              <li
                key={member.id}
                className={styles.name}
                data-testid={`named-vote-${member.id}`}
                data-ballot={ballot}
              >
                {listName(member)}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
