import type { AdaptiveCard } from "./cards/adaptive-card";
import { ADAPTIVE_CARD_CONTENT_TYPE } from "./cards/adaptive-card";

/** The Bot Framework message activity that carries one Adaptive Card into a chat. */
export interface CardActivity {
  type: "message";
  /** What Teams shows in notifications and the chat list instead of "Card". */
  summary: string;
  attachments: { contentType: typeof ADAPTIVE_CARD_CONTENT_TYPE; content: AdaptiveCard }[];
}

/** Wraps a card as a message activity, as the outbox stores it and the connector sends it. */
export function cardActivity(card: AdaptiveCard): CardActivity {
  return {
    type: "message",
    summary: card.fallbackText,
    attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card }],
  };
}
