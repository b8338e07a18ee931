import type { Actor, LoggedEvent, Member, SessionEvent, VoteResult } from "@council/core";
import { czMunicipal } from "@council/core";

/** Five seat holders with Czech names (diacritics on purpose) and a clerk without a seat. */
export const sampleMembers: Member[] = [
  { id: "m1", name: "Jana Nováková", title: "Ing.", group: "Nezávislí", role: "chair" },
  { id: "m2", name: "Petr Dvořák", group: "Nezávislí", role: "member" },
  { id: "m3", name: "Zdeněk Černý", group: "Občané", role: "member" },
  { id: "m4", name: "Marie Šťastná", group: "Občané", role: "member" },
  { id: "m5", name: "Tomáš Cibulka", group: "Zelení", role: "member" },
  { id: "c1", name: "Eva Malá", group: "úřad", role: "clerk" },
];

/** The result vote-1 of the sample log ends with: 3 yes of 5 members, 3 needed, adopted. */
export const sampleResult: VoteResult = {
  outcome: "adopted",
  counts: { yes: 3, no: 1, abstain: 0, notVoting: 0, absent: 1 },
  members: 5,
  present: 4,
  quorum: 3,
  baseKind: "all_members",
  base: 5,
  needed: 3,
  ruleSetId: czMunicipal.id,
};

const chair: Actor = { kind: "member", memberId: "m1" };

/**
 * A short session, event by event as the store would hold it: created, four members present
 * (Cibulka absent), opened, agenda approved, item 2 started, vote 1 opened, four ballots, vote
 * closed (adopted), item ended, session closed. Event n happens at 17:0n UTC on 2025-03-12,
 * which is 18:0n in Prague.
 */
export function sampleSessionLog(): LoggedEvent[] {
  const events: SessionEvent[] = [
    {
      type: "session_created",
      payload: {
        title: "12. zasedání",
        council: "Zastupitelstvo města Kostelec",
        place: "Velký sál radnice",
        timeZone: "Europe/Prague",
        members: sampleMembers,
        agenda: [
          { id: "item-1", title: "Zahájení a volba ověřovatelů" },
          {
            id: "item-2",
            title: "Rozpočet města na rok 2025",
            reporter: "Ing. Jana Nováková",
            draftResolution: "Zastupitelstvo schvaluje rozpočet města na rok 2025.",
          },
          { id: "item-3", title: "Různé" },
        ],
        rules: czMunicipal,
      },
    },
    ...["m1", "m2", "m3", "m4"].map((memberId): SessionEvent => ({
      type: "attendance_recorded",
      payload: { memberId, mode: "room" },
    })),
    { type: "session_opened", payload: { present: 4, quorum: 3 } },
    { type: "agenda_approved", payload: { itemIds: ["item-1", "item-2", "item-3"] } },
    { type: "item_started", payload: { itemId: "item-2" } },
    {
      type: "vote_opened",
      payload: {
        voteId: "vote-1",
        number: 1,
        itemId: "item-2",
        motion: "Zastupitelstvo schvaluje rozpočet města na rok 2025.",
        purpose: { kind: "resolution" },
      },
    },
    ballot("m1", "yes"),
    ballot("m2", "yes"),
    ballot("m3", "no"),
    ballot("m4", "yes"),
    { type: "vote_closed", payload: { voteId: "vote-1", result: sampleResult } },
    { type: "item_ended", payload: { itemId: "item-2" } },
    { type: "session_closed", payload: { reason: "adjourned" } },
  ];
  return events.map((event, index) => logged(event, index + 1));
}

/** The log up to and including the first event of a type, for the state right after it. */
export function sampleLogThrough(type: SessionEvent["type"]): LoggedEvent[] {
  return sampleSessionLog().slice(0, seqOf(type));
}

/** The seq of the first event of a type in the sample log. */
export function seqOf(type: SessionEvent["type"]): number {
  const event = sampleSessionLog().find((e) => e.type === type);
  if (!event) throw new Error(`no ${type} in the sample log`);
  return event.seq;
}

function ballot(memberId: string, choice: "yes" | "no" | "abstain"): SessionEvent {
  return { type: "ballot_cast", payload: { voteId: "vote-1", memberId, choice } };
}

function logged(event: SessionEvent, seq: number): LoggedEvent {
  const time = new Date(Date.UTC(2025, 2, 12, 17, seq)).toISOString();
  return { ...event, seq, actor: chair, time } as LoggedEvent;
}
