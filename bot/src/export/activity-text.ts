/**
 * The text a chat post shows, flattened to lines: the message text, then every Adaptive Card's
 * text blocks, rich text runs and facts ("title: value") in document order, through containers
 * and columns. Anything else on a card (images, actions) carries no text of the record. The
 * activity is read defensively: the outbox stores whatever JSON the bot sent.
 */
export function activityText(activity: unknown): string {
  const lines: string[] = [];
  const message = record(activity);
  if (typeof message.text === "string" && message.text.trim()) lines.push(message.text);
  for (const attachment of list(message.attachments)) collect(record(attachment).content, lines);
  if (lines.length === 0 && typeof message.summary === "string") lines.push(message.summary);
  return lines.join("\n");
}

function collect(node: unknown, lines: string[]): void {
  if (Array.isArray(node)) {
    for (const child of node) collect(child, lines);
    return;
  }
  if (!node || typeof node !== "object") return;

  const element = node as Record<string, unknown>;
  if (element.type === "TextBlock" && typeof element.text === "string") lines.push(element.text);
  if (element.type === "RichTextBlock") lines.push(richText(element.inlines));
  if (element.type === "FactSet") {
    for (const fact of list(element.facts).map(record)) {
      lines.push(`${String(fact.title ?? "")}: ${String(fact.value ?? "")}`);
    }
  }
  for (const key of ["body", "items", "columns"]) collect(element[key], lines);
}

function richText(inlines: unknown): string {
  return list(inlines)
    .map((inline) => (typeof inline === "string" ? inline : String(record(inline).text ?? "")))
    .join("");
}

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" ? (value as Record<string, unknown>) : {};
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
