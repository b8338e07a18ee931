import type { Member } from "@council/core";
import { hemicycleLayout, rowCount, seatingOrder } from "./hemicycle-layout";

function council(n: number): Member[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `m${i}`,
    name: `Member ${i}`,
    group: ["A", "B", "C"][i % 3]!,
    role: "member" as const,
  }));
}

describe("hemicycleLayout", () => {
  it("seats every member once, on the upper half circle", () => {
    for (const n of [1, 5, 9, 23, 45, 65]) {
      const { seats } = hemicycleLayout(council(n));

      expect(seats).toHaveLength(n);
      expect(new Set(seats.map((s) => s.member.id)).size).toBe(n);
      for (const s of seats) {
        expect(Math.hypot(s.x, s.y)).toBeLessThanOrEqual(1.0001);
        expect(s.y).toBeLessThanOrEqual(1e-9);
      }
    }
  });

  it("keeps seats apart: no two overlap at the drawn size", () => {
    for (const n of [9, 23, 65]) {
      const { seats, seatRadius } = hemicycleLayout(council(n));
      for (let i = 0; i < seats.length; i++) {
        for (let j = i + 1; j < seats.length; j++) {
          const d = Math.hypot(seats[i]!.x - seats[j]!.x, seats[i]!.y - seats[j]!.y);
          expect(d).toBeGreaterThan(2 * seatRadius);
        }
      }
    }
  });

  it("uses more rows for a larger council", () => {
    expect(rowCount(3)).toBe(1);
    expect(rowCount(9)).toBe(2);
    expect(rowCount(23)).toBe(2);
    expect(rowCount(65)).toBe(4);
  });

  it("seats groups in wedges from left to right", () => {
    const { seats } = hemicycleLayout(seatingOrder(council(23)));
    const groupAt = (from: "left" | "right") =>
      [...seats].sort((a, b) => (from === "left" ? a.x - b.x : b.x - a.x))[0]!.member.group;

    expect(groupAt("left")).toBe("A");
    expect(groupAt("right")).toBe("C");
  });
});
