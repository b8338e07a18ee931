/**
 * Every piece of text a card shows, in document order: text blocks and fact titles and values.
 * Tests assert on what a reader sees instead of comparing whole card snapshots.
 */
export function cardWords(card: unknown): string[] {
  const words: string[] = [];
  collect(card, words);
  return words;
}

/** The card's text joined into one string, for `toContain` checks. */
export function cardText(card: unknown): string {
  return cardWords(card).join("\n");
}

function collect(node: unknown, words: string[]): void {
  if (Array.isArray(node)) {
    for (const child of node) collect(child, words);
    return;
  }
  if (!node || typeof node !== "object") return;

  const element = node as Record<string, unknown>;
  if (element.type === "TextBlock" && typeof element.text === "string") words.push(element.text);
  if (element.type === "FactSet" && Array.isArray(element.facts)) {
    for (const fact of element.facts as { title: string; value: string }[]) {
      words.push(`${fact.title}: ${fact.value}`);
    }
  }
  for (const key of ["body", "items"]) collect(element[key], words);
}
