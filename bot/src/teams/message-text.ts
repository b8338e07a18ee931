import type { Activity } from "botbuilder";

const entities: Record<string, string> = {
  "&nbsp;": " ",
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
};

/**
 * The words of a chat message addressed to the bot: every mention of the bot removed (Teams puts
 * `<at>Name</at>` into the text, once per mention), then any other mention tag and HTML markup
 * reduced to its text, entities decoded and spaces collapsed. The activity is left unchanged,
 * unlike botbuilder's `removeRecipientMention`, which edits it and removes one mention only.
 */
export function commandTextOf(activity: Partial<Activity>): string {
  let text = activity.text ?? "";
  const botId = activity.recipient?.id;
  for (const entity of activity.entities ?? []) {
    const mention = entity as { type?: string; mentioned?: { id?: string }; text?: string };
    if (mention.type !== "mention" || !mention.text || mention.mentioned?.id !== botId) continue;
    text = text.split(mention.text).join(" ");
  }

  const withoutTags = text.replace(/<at>[^<]*<\/at>/gi, " ").replace(/<[^>]+>/g, " ");
  const decoded = withoutTags.replace(/&(nbsp|amp|lt|gt|quot|#39);/g, (e) => entities[e] ?? e);
  return decoded.replace(/\s+/g, " ").trim();
}
