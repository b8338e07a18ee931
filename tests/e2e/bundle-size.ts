import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

/** One chunk as Vite's build manifest records it. */
interface ManifestChunk {
  file: string;
  imports?: string[];
  isEntry?: boolean;
}

type Manifest = Record<string, ManifestChunk>;

/** The views of the tab and the source module each one is loaded from. */
export const VIEW_MODULES: Record<string, string> = {
  councillor: "src/views/councillor-view.tsx",
  chair: "src/views/chair-view.tsx",
  clerk: "src/views/clerk-view.tsx",
  stage: "src/views/stage-view.tsx",
  agenda: "src/views/agenda-view.tsx",
  public: "src/views/public-page.tsx",
  config: "src/views/config-page.tsx",
};

/** The JavaScript a view needs before it can show anything, in bytes, raw and gzipped. */
export interface ViewSize {
  view: string;
  files: string[];
  rawBytes: number;
  gzipBytes: number;
}

function readManifest(dist: string): Manifest {
  const file = path.join(dist, ".vite", "manifest.json");
  if (!fs.existsSync(file)) throw new Error(`no build manifest at ${file}: npm run build -w tab`);
  return JSON.parse(fs.readFileSync(file, "utf8")) as Manifest;
}

/** A chunk and every chunk it imports statically, each once. */
function closure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`the build manifest has no chunk ${key}`);
  seen.add(key);
  for (const imported of chunk.imports ?? []) closure(manifest, imported, seen);
  return seen;
}

/**
 * The initial JavaScript of each view: the entry with its static imports, plus the view's own
 * lazily loaded chunk with its static imports. Further lazy chunks (Teams' SDK inside Teams,
 * the themes other than web light) are not counted: a plain page in the light theme loads none.
 */
export function viewSizes(dist: string): ViewSize[] {
  const manifest = readManifest(dist);
  const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
  if (!entry) throw new Error("the build manifest has no entry");
  return Object.entries(VIEW_MODULES).map(([view, module]) => {
    const keys = new Set([...closure(manifest, entry), ...closure(manifest, module)]);
    const files = [...keys].map((key) => manifest[key]!.file);
    const contents = files.map((file) => fs.readFileSync(path.join(dist, file)));
    return {
      view,
      files,
      rawBytes: contents.reduce((sum, c) => sum + c.length, 0),
      gzipBytes: contents.reduce((sum, c) => sum + zlib.gzipSync(c, { level: 9 }).length, 0),
    };
  });
}

/**
 * Reads the budget table of BUNDLE-BUDGET.md: the table whose header names "budget (kB gzip)",
 * one `| view | budget | ... |` row per view. Other tables in the file are left alone.
 */
export function readBudgets(markdown: string): Record<string, number> {
  const lines = markdown.split("\n");
  const header = lines.findIndex(
    (line) => line.startsWith("|") && line.includes("budget (kB gzip)"),
  );
  const budgets: Record<string, number> = {};
  for (const line of lines.slice(header + 1)) {
    if (!line.startsWith("|")) break;
    const match = /^\|\s*`?([a-z]+)`?\s*\|\s*(\d+(?:\.\d+)?)\s*\|/.exec(line);
    if (match?.[1] && match[2] && match[1] in VIEW_MODULES) budgets[match[1]] = Number(match[2]);
  }
  return header < 0 ? {} : budgets;
}
