import type { Member } from "@council/core";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { cardText } from "../support/card-words";
import type { TestService } from "../support/test-service";
import { api, startTestService } from "../support/test-service";
import type { PlaygroundConfig } from "./agents-playground";
import {
  AgentsPlayground,
  installedPlaygroundVersion,
  PLAYGROUND_BOT,
  PLAYGROUND_VERSION,
  playgroundIsolation,
} from "./agents-playground";

/*
 * The bot in a real Teams client stand-in: the Microsoft 365 Agents Playground, offline, in a
 * network namespace of its own, against the running service. The Playground's signed-in user
 * chairs the session and its mock colleagues are the members, matched by their Entra ids.
 */

const SESSION = "playground-2025-03";
const isolation = playgroundIsolation();
const describeWithPlayground = isolation ? describe : describe.skip;

/** The roster: the Playground's users, its signed-in user in the chair, one of them the clerk. */
function rosterOf(config: PlaygroundConfig): Member[] {
  const [megan, adele, isaiah, patti] = config.users;
  const seat = (user: typeof megan, id: string): Member => ({
    id,
    name: user!.name,
    group: "A",
    role: "member",
    aadObjectId: user!.aadObjectId,
  });
  const { currentUser } = config;
  return [
    { ...seat(currentUser, "chair"), role: "chair" },
    seat(megan, "m1"),
    seat(adele, "m2"),
    seat(isaiah, "m3"),
    { ...seat(patti, "clerk"), role: "clerk", group: "úřad" },
  ];
}

/** The text of a card the bot sent, or "" for a plain message. */
function sentCardText(activity: Record<string, unknown>): string {
  const attachments = activity.attachments as { content?: unknown }[] | undefined;
  return attachments?.[0]?.content ? cardText(attachments[0].content) : "";
}

/** Addresses of the host's listening TCP sockets on a port, from /proc (IPv4 and IPv6). */
function hostListenersOn(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  return ["/proc/net/tcp", "/proc/net/tcp6"].flatMap((file) =>
    readFileSync(file, "utf8")
      .split("\n")
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter((fields) => fields[3] === "0A" && fields[1]?.endsWith(`:${hexPort}`))
      .map((fields) => fields[1]!.split(":")[0]!),
  );
}

it("runs the Playground version whose automation API the helpers were written against", () => {
  expect(installedPlaygroundVersion()).toBe(PLAYGROUND_VERSION);
});

describeWithPlayground(`the bot in the Agents Playground (${isolation ?? "skipped"})`, () => {
  let service: TestService;
  let playground: AgentsPlayground;
  let config: PlaygroundConfig;
  let chatId: string;
  let chairToken: string;

  const command = (body: unknown) =>
    api(service.url, "POST", `/api/v1/sessions/${SESSION}/commands`, { token: chairToken, body });

  /** The outbox's post of vote 1's card, which later updates replace in place. */
  const voteCardPost = async () =>
    (await service.app.outbox.list(SESSION)).find(
      (post) =>
        post.kind === "post" &&
        sentCardText(post.activity as Record<string, unknown>).includes("Hlasování č. 1"),
    );

  beforeAll(async () => {
    service = await startTestService();
    playground = await AgentsPlayground.start(service.url, isolation!);
    config = await playground.config();
    chatId = config.groupChats[0]!.id;
    const members = rosterOf(config);
    chairToken = await service.token(members[0]!);

    const created = await api(service.url, "POST", "/api/v1/sessions", {
      token: chairToken,
      body: {
        id: SESSION,
        title: "5. zasedání",
        council: "Zastupitelstvo obce Playground",
        members,
        agenda: [
          { id: "item-1", title: "Zahájení" },
          { id: "item-2", title: "Rozpočtové opatření č. 2", reporter: "Alex Wilber" },
        ],
      },
    });
    expect(created.status).toBe(201);
  }, 120_000);

  afterAll(async () => {
    await playground?.stop();
    await service?.stop();
    if (service) rmSync(service.dataDir, { recursive: true, force: true });
  }, 30_000);

  it("is reachable on this machine only through a loopback bridge when it runs in a namespace", () => {
    if (isolation !== "namespace") return;
    const port = Number(new URL(playground.url).port);

    // 0100007F is 127.0.0.1 as /proc/net/tcp writes it; the Playground's own socket listens on
    // every interface of its namespace, which the host does not see.
    expect(hostListenersOn(port)).toEqual(["0100007F"]);
  });

  it("links the Playground's group chat to the session as the chair, on the tab's route", async () => {
    const put = await api(
      service.url,
      "PUT",
      `/api/v1/chats/${encodeURIComponent(chatId)}/session`,
      {
        token: chairToken,
        body: { sessionId: SESSION },
      },
    );

    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ chatId, sessionId: SESSION, chosenBy: "chair" });
  });

  it("answers an @mention command in the group chat, binding the chat to the chosen session", async () => {
    await playground.sendMessage(chatId, "program");

    const reply = await playground.waitFor("the bot's agenda card", () =>
      playground.botActivities().find((a) => sentCardText(a.body).includes("Rozpočtové opatření")),
    );
    expect(reply.status).toBe(201);
    expect(sentCardText(reply.body)).toContain("Program");
    expect(await service.app.bindings.forConversation(chatId)).toMatchObject({
      sessionId: SESSION,
      reference: { serviceUrl: playground.serviceUrl },
    });
  }, 60_000);

  it("answers unknown input with help in the sender's language, not silence", async () => {
    await playground.sendMessage(chatId, "what can you do?");

    const reply = await playground.waitFor("the bot's help", () =>
      playground
        .botActivities()
        .find((a) => String(a.body.text ?? "").includes("I did not understand")),
    );
    expect(reply.body.text).toContain("**result 3**");
  }, 60_000);

  it("records Teams' real meetingStart forwarded by the Playground for the chat's session", async () => {
    const fixture = join(__dirname, "../../bot/src/teams/fixtures/meeting-start-pascalcase.json");
    const meetingStart = JSON.parse(readFileSync(fixture, "utf8")) as Record<string, unknown>;

    await playground.sendRawActivity({
      ...meetingStart,
      serviceUrl: playground.serviceUrl,
      recipient: PLAYGROUND_BOT,
      conversation: { id: chatId, isGroup: true, conversationType: "groupChat" },
    });

    const meeting = await playground.waitFor(
      "the meeting start on the session",
      () => service.app.sessions.get(SESSION)?.meeting,
    );
    expect(meeting).toMatchObject({ title: "Test Meeting", startedAt: "2025-10-31T10:00:00.000Z" });
  }, 60_000);

  it("posts the vote card proactively through the outbox to the Playground's serviceUrl", async () => {
    for (const memberId of ["chair", "m1", "m2"]) {
      expect((await command({ type: "record_attendance", memberId, mode: "room" })).status).toBe(
        200,
      );
    }
    expect((await command({ type: "open_session" })).status).toBe(200);
    expect((await command({ type: "start_item", itemId: "item-2" })).status).toBe(200);
    expect((await command({ type: "open_vote" })).status).toBe(200);

    const posted = await playground.waitFor("the vote card in the Playground", () =>
      playground.botActivities().find((a) => sentCardText(a.body).includes("Hlasování č. 1")),
    );
    expect(posted.status).toBe(201);
    const buttons = (posted.body.attachments as { content: { actions: unknown[] } }[])[0]!.content
      .actions;
    expect(buttons).toHaveLength(3);
    expect(await voteCardPost()).toMatchObject({
      status: "delivered",
      activityId: expect.any(String),
    });
  }, 60_000);

  it("handles a press of 'Pro' on that card: the ballot is cast and the voter gets their card", async () => {
    const voteCard = (await service.app.outbox.list(SESSION)).find(
      (post) =>
        post.kind === "post" &&
        sentCardText(post.activity as Record<string, unknown>).includes("Hlasování č. 1"),
    );
    const megan = config.users[0]!;

    const answer = await playground.pressButton({
      conversationId: chatId,
      replyToId: voteCard!.activityId!,
      userId: megan.id,
      verb: "cast_ballot",
      data: { sessionId: SESSION, voteId: "vote-1", choice: "yes", lang: "cs" },
    });

    expect(answer.type).toBe("application/vnd.microsoft.card.adaptive");
    expect(cardText(answer.value)).toContain("Váš hlas: Pro. Byl zaznamenán.");
    expect(service.app.sessions.get(SESSION)?.votes[0]?.ballots).toEqual({ m1: "yes" });
    const updated = await playground.waitFor("the tally updated in place", () =>
      playground
        .botActivities()
        .find((a) => a.body.id === voteCard!.activityId && sentCardText(a.body).includes("Pro: 1")),
    );
    expect(updated.status).toBe(200);
  }, 60_000);
});
