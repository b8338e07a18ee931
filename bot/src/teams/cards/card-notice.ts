import type { TextBlock } from "./adaptive-card";
import { text } from "./adaptive-card";

/** A line addressed to the one viewer of a card: their ballot confirmed, or why it was not. */
export interface CardNotice {
  text: string;
  tone: "good" | "attention";
}

/** The notice as a bold coloured paragraph set apart from the tally. */
export function noticeBlock(notice: CardNotice): TextBlock {
  return text(notice.text, { color: notice.tone, weight: "bolder", spacing: "medium" });
}
