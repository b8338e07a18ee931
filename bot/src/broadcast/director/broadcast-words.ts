import type { FloorKind, Member, Role, VoteOutcome } from "@council/core";

/**
 * The Czech words the broadcast puts on screen, as data: the overlay page gets the same words
 * as JSON, so the switcher's titles and the browser overlay read alike. `{name}` marks a value.
 * Result lines use the labels of the minutes ("pro 13 · proti 2 · zdržel se 1"), which read
 * right whatever the number.
 */
export const broadcastWords = {
  role: {
    chair: "předsedající",
    member: "člen zastupitelstva",
    clerk: "zapisovatel",
  } satisfies Record<Role, string>,
  floorKind: {
    speech: "",
    technical: "technická poznámka",
    factual: "faktická poznámka",
  } satisfies Record<FloorKind, string>,
  outcome: {
    adopted: "PŘIJATO",
    rejected: "NEPŘIJATO",
    void: "NEPLATNÉ",
  } satisfies Record<VoteOutcome, string>,
  voting: "HLASUJE SE",
  vote: "Hlasování č. {number}",
  testVote: "Zkušební hlasování",
  counts: "pro {yes} · proti {no} · zdržel se {abstain}",
  voted: "hlasovalo {cast} z {present}",
  countLabels: { yes: "pro", no: "proti", abstain: "zdržel se" },
  item: "{number}. {title}",
  itemLabel: "Bod {number}",
  separator: " · ",
  /** Titles written after the name in Czech: "Jan Novák, Ph.D.". */
  postNominal: ["Ph.D.", "PhD.", "CSc.", "DrSc.", "MBA", "LL.M.", "DiS.", "MPA", "Th.D.", "ArtD."],
};

export type BroadcastWords = typeof broadcastWords;

/** A template with its `{name}` marks replaced. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (mark, key: string) =>
    key in values ? String(values[key]) : mark,
  );
}

/**
 * A member's name as a caption prints it, titles where Czech puts them: "Ing. Jana Nováková",
 * "Mgr. Petr Dvořák, Ph.D.".
 */
export function captionName(member: Member): string {
  const titles = (member.title ?? "").split(/\s+/).filter(Boolean);
  const isAfter = (t: string) => broadcastWords.postNominal.includes(t.replace(/,$/, ""));
  const before = titles.filter((t) => !isAfter(t));
  const after = titles.filter(isAfter).map((t) => t.replace(/,$/, ""));
  const head = [...before, member.name].join(" ");
  return after.length > 0 ? `${head}, ${after.join(", ")}` : head;
}

/** The role line of the speaker's lower third, with the kind of remark when it is not a speech. */
export function speakerRole(member: Member, kind: FloorKind): string {
  const remark = broadcastWords.floorKind[kind];
  const role = broadcastWords.role[member.role];
  return remark ? `${role}${broadcastWords.separator}${remark}` : role;
}

/** "3. Rozpočet" for a numbered item, the bare title otherwise. */
export function itemLine(number: number | undefined, title: string): string {
  return number === undefined ? title : fill(broadcastWords.item, { number, title });
}
