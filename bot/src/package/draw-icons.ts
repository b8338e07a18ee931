import { writeFileSync } from "node:fs";
import path from "node:path";
import { PNG } from "pngjs";
import { disc, paint, pen, roundedRect, type Layer, type Rgba, type Shape } from "./icon-canvas";

/** The manifest's accentColor: the background of the colour icon. */
export const accentColor = "#24508F";

const accent: Rgba = [0x24, 0x50, 0x8f, 255];
const white: Rgba = [255, 255, 255, 255];
const gold: Rgba = [0xf2, 0xc2, 0x30, 255];
const clearWhite: Rgba = [255, 255, 255, 0];

interface SeatRow {
  radius: number;
  seats: number;
  seatRadius: number;
}

/**
 * The product's mark is a council chamber seen from above: rows of seats in a hemicycle, the
 * chair's desk in front, and a ballot tick where the chair sits. This draws the seats.
 */
function hemicycle(centerX: number, centerY: number, rows: readonly SeatRow[]): Shape {
  const seats = rows.flatMap(({ radius, seats, seatRadius }) =>
    Array.from({ length: seats }, (_, k) => {
      const angle = Math.PI - (k * Math.PI) / (seats - 1);
      const x = centerX + radius * Math.cos(angle);
      return disc(x, centerY - radius * Math.sin(angle), seatRadius);
    }),
  );
  return (x, y) => seats.some((seat) => seat(x, y));
}

/** The 192×192 full-colour icon: white chamber and gold tick on the accent colour. */
export function drawColorIcon(): PNG {
  const seats = hemicycle(96, 120, [
    { radius: 72, seats: 11, seatRadius: 7 },
    { radius: 55, seats: 9, seatRadius: 6.5 },
    { radius: 38, seats: 7, seatRadius: 6 },
  ]);
  const desk = roundedRect(28, 138, 164, 150, 6);
  const tick = pen(
    [
      [80, 111],
      [91, 122],
      [112, 98],
    ],
    10,
  );
  const layers: Layer[] = [
    { shape: seats, color: white },
    { shape: desk, color: white },
    { shape: tick, color: gold },
  ];
  return paint(192, accent, layers);
}

/**
 * The 32×32 outline icon: the same mark in white on a transparent background, with one row of
 * seats, because three rows blur into grey at this size.
 */
export function drawOutlineIcon(): PNG {
  const seats = hemicycle(16, 19, [{ radius: 12.5, seats: 7, seatRadius: 2.1 }]);
  const desk = roundedRect(3, 23, 29, 26, 1.5);
  const tick = pen(
    [
      [11, 15.2],
      [14.3, 18.5],
      [19.8, 12.4],
    ],
    2.6,
  );
  const layers = [seats, desk, tick].map((shape) => ({ shape, color: white }));
  return paint(32, clearWhite, layers);
}

/** Writes color.png and outline.png into the given folder (default: appPackage/). */
export function writeIcons(folder: string): void {
  writeFileSync(path.join(folder, "color.png"), PNG.sync.write(drawColorIcon()));
  writeFileSync(path.join(folder, "outline.png"), PNG.sync.write(drawOutlineIcon()));
}

if (require.main === module) {
  const folder = process.argv[2] ?? path.resolve(__dirname, "../../../appPackage");
  writeIcons(folder);
  process.stdout.write(`Icons written to ${folder}\n`);
}
