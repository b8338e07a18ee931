import type { Member } from "@council/core";

/** One seat of the hemicycle: where it is (unit half circle, y up is negative) and who sits there. */
export interface Seat {
  member: Member;
  x: number;
  y: number;
}

/** The seats and the size every seat is drawn at, in the same units. */
export interface HemicycleLayout {
  seats: Seat[];
  seatRadius: number;
}

const INNER = 0.35;
const OUTER = 1;

/** Rows for a council: one for a handful, two for 23 seats, four for a city council of 65. */
export function rowCount(seats: number): number {
  return Math.max(1, Math.min(5, Math.round(Math.sqrt(seats / 4))));
}

/** Row radii from the inside out: a quarter apart, the outer row on the unit circle. */
function rowRadii(rows: number): number[] {
  if (rows === 1) return [0.75];
  const inner = Math.max(INNER, 1 - 0.25 * (rows - 1));
  const step = (OUTER - inner) / (rows - 1);
  return Array.from({ length: rows }, (_, i) => inner + i * step);
}

/** Seats per row in proportion to each row's length, summing to `total`. */
function seatsPerRow(total: number, radii: number[]): number[] {
  const length = radii.reduce((sum, r) => sum + r, 0);
  const counts = radii.map((r) => Math.floor((total * r) / length));
  let left = total - counts.reduce((sum, c) => sum + c, 0);
  for (let row = radii.length - 1; left > 0; row = (row + radii.length - 1) % radii.length) {
    counts[row]!++;
    left--;
  }
  return counts;
}

/**
 * Places members on a hemicycle, groups in wedges from left to right in the order given (the
 * caller sorts by group). Seats of all rows are taken by angle, so a group fills a slice of
 * every row rather than a row of its own, as a council chamber's seating plan does.
 */
export function hemicycleLayout(members: readonly Member[]): HemicycleLayout {
  const rows = rowCount(members.length);
  const radii = rowRadii(rows);
  const step = rows > 1 ? radii[1]! - radii[0]! : 0;
  const counts = seatsPerRow(members.length, radii);
  const spots = radii.flatMap((r, row) => {
    const n = counts[row]!;
    return Array.from({ length: n }, (_, j) => {
      const angle = n > 1 ? Math.PI - (Math.PI * j) / (n - 1) : Math.PI / 2;
      return { angle, row, x: r * Math.cos(angle), y: -r * Math.sin(angle) };
    });
  });
  spots.sort((a, b) => b.angle - a.angle || a.row - b.row);

  const spacing = Math.min(
    ...radii.map((r, row) => (counts[row]! > 1 ? (Math.PI * r) / (counts[row]! - 1) : Infinity)),
  );
  const seatRadius = Math.min(rows > 1 ? step * 0.42 : 0.12, spacing * 0.42, 0.09);
  const seats = members.map((member, i) => ({ member, x: spots[i]!.x, y: spots[i]!.y }));
  return { seats, seatRadius };
}

/** Members in seating order: by group, groups in the order the roster first names them. */
export function seatingOrder(members: readonly Member[]): Member[] {
  const groups = [...new Set(members.map((m) => m.group))];
  return [...members].sort((a, b) => groups.indexOf(a.group) - groups.indexOf(b.group));
}
