import type { ItemDraft } from "@council/core";

/** "4. Title", "4 Title" or "1.1 Title": the number becomes the item id, without a final dot. */
const numbered = /^(\d+(?:\.\d+)*)\.?\s+(\S.*)$/;

function parseLine(line: string, position: number): ItemDraft {
  const bar = line.indexOf("|");
  const head = (bar < 0 ? line : line.slice(0, bar)).trim();
  const draft = bar < 0 ? "" : line.slice(bar + 1).trim();
  const match = numbered.exec(head);
  const item: ItemDraft = match
    ? { id: match[1] ?? String(position), title: (match[2] ?? "").trim() }
    : { id: String(position), title: head };
  if (draft) item.draftResolution = draft;
  return item;
}

/**
 * The agenda of a new session from text, one agenda item per line. A leading number ("4." or
 * "1.1") becomes the item's id, so the clerk's own numbering survives; an unnumbered line takes
 * its position (1..n). Text after a bar is the draft resolution. Blank lines are skipped.
 */
export function parseAgendaText(text: string): ItemDraft[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.replace("|", "").trim() !== "")
    .map((line, index) => parseLine(line, index + 1));
}

/** Item ids that occur more than once, which the service would refuse. */
export function duplicateItemIds(items: readonly ItemDraft[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const { id } of items) (seen.has(id) ? twice : seen).add(id);
  return [...twice];
}
