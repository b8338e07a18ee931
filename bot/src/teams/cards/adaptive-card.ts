import type { Lang } from "@council/core";

/** The schema every card declares; Teams needs 1.5 for Universal Actions. */
export const ADAPTIVE_CARD_SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json";

/** The MIME type of an Adaptive Card attachment on a Bot Framework activity. */
export const ADAPTIVE_CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

export type TextColor = "default" | "good" | "attention" | "warning" | "accent";

export interface TextBlock {
  type: "TextBlock";
  text: string;
  wrap: true;
  size?: "small" | "medium" | "large";
  weight?: "bolder";
  color?: TextColor;
  isSubtle?: true;
  spacing?: "none" | "small" | "medium";
}

export interface FactSet {
  type: "FactSet";
  facts: { title: string; value: string }[];
}

export interface Container {
  type: "Container";
  items: CardElement[];
  style?: "emphasis" | "good" | "attention";
  separator?: true;
}

export type CardElement = TextBlock | FactSet | Container;

/**
 * A button of Universal Actions: Teams sends the bot an `adaptiveCard/action` invoke carrying
 * the verb and the data, and shows the card the bot answers with to the user who pressed it.
 */
export interface ExecuteAction {
  type: "Action.Execute";
  title: string;
  verb: string;
  data: Record<string, string>;
  style?: "positive" | "destructive";
}

/**
 * Asks Teams to fetch a user-specific version of the card (an invoke with the action's verb)
 * whenever someone views it. Without `userIds`, Teams does so for everyone in chats of up to
 * 60 members and shows a refresh button in larger ones.
 */
export interface CardRefresh {
  action: ExecuteAction;
  userIds?: string[];
}

/** An Adaptive Card 1.5 as the bot posts it; only the elements our cards use are typed. */
export interface AdaptiveCard {
  type: "AdaptiveCard";
  $schema: typeof ADAPTIVE_CARD_SCHEMA;
  version: "1.5";
  lang: Lang;
  /** Shown where a card cannot be rendered; also the activity summary in notifications. */
  fallbackText: string;
  body: CardElement[];
  actions?: ExecuteAction[];
  refresh?: CardRefresh;
}

/** A card in the given language; the first line of text doubles as its fallback. */
export function adaptiveCard(lang: Lang, fallbackText: string, body: CardElement[]): AdaptiveCard {
  return {
    type: "AdaptiveCard",
    $schema: ADAPTIVE_CARD_SCHEMA,
    version: "1.5",
    lang,
    fallbackText,
    body,
  };
}

/** The bold first line of a card, coloured by outcome where it reports one. */
export function heading(text: string, color?: TextColor): TextBlock {
  const block: TextBlock = {
    type: "TextBlock",
    text,
    wrap: true,
    size: "medium",
    weight: "bolder",
  };
  if (color) block.color = color;
  return block;
}

/** A wrapped paragraph; `style` sets size, weight, colour or spacing. */
export function text(
  value: string,
  style: Partial<Omit<TextBlock, "type" | "text">> = {},
): TextBlock {
  return { type: "TextBlock", text: value, wrap: true, ...style };
}

/** Small grey text tight under the line above: context such as the session or the item. */
export function subtle(value: string): TextBlock {
  return text(value, { isSubtle: true, size: "small", spacing: "none" });
}

/** Facts with empty values left out, so optional fields need no branching at the call site. */
export function facts(pairs: [string, string | undefined][]): FactSet {
  const kept = pairs.filter((pair): pair is [string, string] => Boolean(pair[1]));
  return { type: "FactSet", facts: kept.map(([title, value]) => ({ title, value })) };
}

/** A group of elements set off from the rest by a separator line. */
export function section(items: CardElement[], style?: Container["style"]): Container {
  const container: Container = { type: "Container", items, separator: true };
  if (style) container.style = style;
  return container;
}
