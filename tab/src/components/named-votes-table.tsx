import type { SessionState, Vote } from "@council/core";
import { listName } from "@council/core";
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { useI18n } from "../hooks/use-i18n";
import type { NamedVote } from "../session/named-votes";
import { namedVotes } from "../session/named-votes";

export interface NamedVotesTableProps {
  state: SessionState;
  vote: Vote;
}

/** Who voted how, surname first as the minutes print it. */
export function NamedVotesTable({ state, vote }: NamedVotesTableProps) {
  const { t } = useI18n();
  const label = (ballot: NamedVote["ballot"]) =>
    ballot === "not_voting"
      ? t.result.notVoting
      : ballot === "absent"
        ? t.result.absent
        : t.choice[ballot];
  return (
    <Table size="extra-small" aria-label={t.result.namedVotes} data-testid="named-votes">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t.result.member}</TableHeaderCell>
          <TableHeaderCell>{t.result.group}</TableHeaderCell>
          <TableHeaderCell>{t.result.ballot}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {namedVotes(state, vote).map(({ member, ballot }) => (
          <TableRow key={member.id} data-testid={`named-vote-${member.id}`} data-ballot={ballot}>
            <TableCell>{listName(member)}</TableCell>
            <TableCell>{member.group}</TableCell>
            <TableCell>{label(ballot)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
