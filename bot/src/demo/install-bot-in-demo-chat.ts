/** The chat of the demo, as Teams would name it. */
export const DEMO_CONVERSATION_ID = "19:meeting_ZGVtby1jZXJjYW55@thread.v2";
const BOT_ID = "28:council-live-demo-bot";

/**
 * Installs the bot into the demo's meeting chat the way Teams does: a conversationUpdate with the
 * bot among the members added, posted to our own /api/messages, whose serviceUrl points at the
 * local Bot Connector stand-in. The bot stores the conversation reference and binds the chat.
 */
export async function installBotInDemoChat(baseUrl: string, serviceUrl: string): Promise<void> {
  const activity = {
    type: "conversationUpdate",
    id: `demo-install-${Date.now()}`,
    timestamp: new Date().toISOString(),
    channelId: "msteams",
    serviceUrl,
    from: {
      id: "29:demo-organizer",
      name: "Organizátor schůzky",
      aadObjectId: "00000000-0000-0000-0000-000000000001",
    },
    recipient: { id: BOT_ID, name: "Council Live" },
    conversation: {
      id: DEMO_CONVERSATION_ID,
      conversationType: "groupChat",
      isGroup: true,
      tenantId: "demo-tenant",
    },
    membersAdded: [{ id: BOT_ID }],
    // No meeting id: the demo has no Teams meeting whose organiser and presenters could be asked
    // for, so the chair's rights come from the roster alone, as for any chat outside a meeting.
    channelData: { tenant: { id: "demo-tenant" } },
  };
  const res = await fetch(`${baseUrl}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(activity),
  });
  if (!res.ok) throw new Error(`the bot did not accept the installation: HTTP ${res.status}`);
}
