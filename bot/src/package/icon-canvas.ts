import { PNG } from "pngjs";

/** Red, green, blue and alpha, each 0–255. */
export type Rgba = readonly [number, number, number, number];

/** Whether a point (in pixel units, origin top left) lies inside a shape. */
export type Shape = (x: number, y: number) => boolean;

/** One shape painted in one colour; layers are painted in order, later ones on top. */
export interface Layer {
  shape: Shape;
  color: Rgba;
}

/** A filled disc. */
export function disc(cx: number, cy: number, radius: number): Shape {
  return (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** A polyline drawn with a round pen of the given width (round joins and caps). */
export function pen(points: ReadonlyArray<readonly [number, number]>, width: number): Shape {
  const half = width / 2;
  return (x, y) =>
    points.slice(1).some((end, i) => distanceToSegment(x, y, points[i]!, end) <= half);
}

/** A rectangle with rounded corners. */
export function roundedRect(
  left: number,
  top: number,
  right: number,
  bottom: number,
  radius: number,
): Shape {
  return (x, y) => {
    const dx = Math.max(left + radius - x, 0, x - (right - radius));
    const dy = Math.max(top + radius - y, 0, y - (bottom - radius));
    return x >= left && x <= right && y >= top && y <= bottom && dx * dx + dy * dy <= radius ** 2;
  };
}

/**
 * Paints the layers onto a square image. Each pixel is sampled on a grid of samples × samples
 * points, so edges are anti-aliased without a drawing library.
 */
export function paint(size: number, background: Rgba, layers: readonly Layer[], samples = 4): PNG {
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const color = layers.reduce(
        (under, layer) => over(layer.color, coverage(layer.shape, x, y, samples), under),
        background,
      );
      png.data.set(color.map(Math.round), (y * size + x) * 4);
    }
  }
  return png;
}

function coverage(shape: Shape, x: number, y: number, samples: number): number {
  let inside = 0;
  for (let i = 0; i < samples; i++) {
    for (let j = 0; j < samples; j++) {
      if (shape(x + (i + 0.5) / samples, y + (j + 0.5) / samples)) inside++;
    }
  }
  return inside / (samples * samples);
}

/** Porter–Duff "over" of a colour with partial coverage onto what is already there. */
function over(color: Rgba, cover: number, under: Rgba): Rgba {
  const alpha = (color[3] / 255) * cover;
  const underAlpha = under[3] / 255;
  const outAlpha = alpha + underAlpha * (1 - alpha);
  if (outAlpha === 0) return under;
  const channel = (i: 0 | 1 | 2) =>
    (color[i] * alpha + under[i] * underAlpha * (1 - alpha)) / outAlpha;
  return [channel(0), channel(1), channel(2), outAlpha * 255];
}

function distanceToSegment(
  x: number,
  y: number,
  [ax, ay]: readonly [number, number],
  [bx, by]: readonly [number, number],
): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}
