import type { Member } from "./roster";
import { findMember, holdsSeat, listName, seatHolders } from "./roster";
import { roster } from "./test-fixtures";

function person(partial: Partial<Member>): Member {
  return { id: "p", name: "Jana Nováková", group: "A", role: "member", ...partial };
}

describe("roster", () => {
  it("gives seats to members and the chair, not to the clerk", () => {
    const roles = [
      person({ role: "member" }),
      person({ role: "chair" }),
      person({ role: "clerk" }),
    ];

    const seats = roles.map(holdsSeat);

    expect(seats).toEqual([true, true, false]);
  });

  it("lists the seat holders of a council of 23 with a clerk", () => {
    const council = { council: "Vzorov", members: roster() };

    const holders = seatHolders(council);

    expect(holders).toHaveLength(23);
    expect(findMember(council, "clerk")?.role).toBe("clerk");
    expect(findMember(council, "m99")).toBeUndefined();
  });

  it("prints a name family name first, with titles after it, as minutes list members", () => {
    const names = [
      person({}),
      person({ title: "Ing." }),
      person({ name: "Jan van der Berg", familyName: "van der Berg", title: "Mgr., Ph.D." }),
      person({ name: "Madona" }),
    ];

    const listed = names.map(listName);

    expect(listed).toEqual([
      "Nováková Jana",
      "Nováková Jana, Ing.",
      "van der Berg Jan, Mgr., Ph.D.",
      "Madona",
    ]);
  });
});
