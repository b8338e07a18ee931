import { readFileSync } from "node:fs";
import path from "node:path";
import {
  chatRscPermissions,
  requestedRscPermissions,
  rscPermissionProblems,
} from "./rsc-permissions";

const root = path.resolve(__dirname, "../../..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");
const manifest = JSON.parse(read("appPackage/manifest.json")) as object;

describe("the RSC permissions the manifest asks for", () => {
  const requested = requestedRscPermissions(manifest);

  it("are exactly the five the app uses", () => {
    expect(requested.map((permission) => permission.name).sort()).toEqual([
      "ChatMessage.Read.Chat",
      "MeetingStage.Write.Chat",
      "OnlineMeeting.ReadBasic.Chat",
      "OnlineMeetingNotification.Send.Chat",
      "OnlineMeetingParticipant.Read.Chat",
    ]);
  });

  it("are documented chat or meeting permissions, each asked for with a type it supports", () => {
    expect(rscPermissionProblems(requested)).toEqual([]);
  });

  it.each([["appPackage/PERMISSIONS.md"], ["docs/run-in-teams.md"]])(
    "are each justified in a table row of %s with their type",
    (file) => {
      const rows = read(file)
        .split("\n")
        .filter((line) => line.startsWith("|"));

      for (const { name, type } of requested) {
        const row = rows.find((line) => line.includes(`\`${name}\``));
        expect({ name, row: row !== undefined, type: row?.includes(type) }).toEqual({
          name,
          row: true,
          type: true,
        });
      }
    },
  );
});

describe("rscPermissionProblems", () => {
  it("rejects a misspelt name the schema would let through", () => {
    const problems = rscPermissionProblems([
      { name: "OnlineMeetingParticipants.Read.Chat", type: "Application" },
    ]);

    expect(problems).toEqual([
      "OnlineMeetingParticipants.Read.Chat is not a documented chat or meeting RSC permission",
    ]);
  });

  it("rejects a permission asked for with a type it does not have", () => {
    const problems = rscPermissionProblems([
      { name: "MeetingStage.Write.Chat", type: "Application" },
    ]);

    expect(problems).toEqual(["MeetingStage.Write.Chat is granted as Delegated, not Application"]);
  });

  it("rejects team permissions: the app is scoped to chats and meetings", () => {
    expect(
      rscPermissionProblems([{ name: "ChannelMessage.Read.Group", type: "Application" }]),
    ).toHaveLength(1);
  });

  it("accepts both types where Microsoft documents both", () => {
    expect(chatRscPermissions.get("OnlineMeetingParticipant.Read.Chat")).toEqual([
      "Delegated",
      "Application",
    ]);
    expect(
      rscPermissionProblems([{ name: "OnlineMeetingParticipant.Read.Chat", type: "Delegated" }]),
    ).toEqual([]);
  });
});
