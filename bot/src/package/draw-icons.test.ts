import { readFileSync } from "node:fs";
import path from "node:path";
import { PNG } from "pngjs";
import { accentColor, drawColorIcon, drawOutlineIcon } from "./draw-icons";

const appPackage = path.resolve(__dirname, "../../../appPackage");
const committed = (file: string) => PNG.sync.read(readFileSync(path.join(appPackage, file)));

function pixels(png: PNG): Array<[number, number, number, number]> {
  return Array.from({ length: png.width * png.height }, (_, i) => {
    const [r, g, b, a] = png.data.subarray(i * 4, i * 4 + 4);
    return [r!, g!, b!, a!];
  });
}

describe("the app icons", () => {
  it("are committed exactly as draw-icons.ts draws them", () => {
    expect(committed("color.png").data.equals(drawColorIcon().data)).toBe(true);
    expect(committed("outline.png").data.equals(drawOutlineIcon().data)).toBe(true);
  });

  it("colour icon: 192×192, fully opaque, on the manifest's accent colour", () => {
    const icon = committed("color.png");
    const manifest = JSON.parse(readFileSync(path.join(appPackage, "manifest.json"), "utf8"));
    const [r, g, b] = icon.data.subarray(0, 3);

    expect([icon.width, icon.height]).toEqual([192, 192]);
    expect(pixels(icon).every(([, , , a]) => a === 255)).toBe(true);
    expect(`#${[r!, g!, b!].map((c) => c.toString(16).padStart(2, "0")).join("")}`).toBe(
      accentColor.toLowerCase(),
    );
    expect(manifest.accentColor).toBe(accentColor);
  });

  it("outline icon: 32×32, white only, on a transparent background", () => {
    const icon = committed("outline.png");
    const all = pixels(icon);

    expect([icon.width, icon.height]).toEqual([32, 32]);
    expect(all.every(([r, g, b]) => r === 255 && g === 255 && b === 255)).toBe(true);
    expect(all[0]![3]).toBe(0);
    const opaque = all.filter(([, , , a]) => a === 255).length;
    expect(opaque / all.length).toBeGreaterThan(0.1);
    expect(opaque / all.length).toBeLessThan(0.5);
  });
});
