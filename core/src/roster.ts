/** A person on the council's roster. Chairs are members who also run the session; clerks keep the record and do not vote. */
export type Role = "member" | "chair" | "clerk";

export interface Member {
  id: string;
  /** Full name, given names first: "Jana Nováková". */
  name: string;
  /** Family name, when it is not simply the last word of `name`. */
  familyName?: string;
  /** Academic titles as printed in minutes, e.g. "Ing." */
  title?: string;
  /** Club or party group (klub), used for the seat map and open data. */
  group: string;
  role: Role;
  /** Microsoft Entra object id (`oid`), to recognise the member signed in through Teams. */
  aadObjectId?: string;
}

export interface Roster {
  council: string;
  members: Member[];
}

/** Whether this person holds a mandate (a seat with a vote). */
export function holdsSeat(member: Member): boolean {
  return member.role === "member" || member.role === "chair";
}

/** Members holding a mandate: the member base of every quorum and majority. */
export function seatHolders(roster: Roster): Member[] {
  return roster.members.filter(holdsSeat);
}

export function findMember(roster: Roster, id: string): Member | undefined {
  return roster.members.find((m) => m.id === id);
}

/** Name as a list in the minutes prints it: family name first, then given names, then titles. */
export function listName(member: Member): string {
  const family = member.familyName ?? member.name.split(" ").at(-1) ?? member.name;
  const given = member.name.endsWith(family) ? member.name.slice(0, -family.length).trim() : "";
  const base = given ? `${family} ${given}` : member.name;
  return member.title ? `${base}, ${member.title}` : base;
}
