import { getTeamsToken } from "../auth/auth-token";
import { canShareToStage, shareToStage } from "./stage-sharing";
import { onConfigSave, setConfigValid, stageUrlFor, tabConfigFor } from "./tab-config";
import { initializeTeams, onTeamsThemeChange } from "./teams-context";

/**
 * No Teams host exists offline: teams-js is replaced by a stand-in that answers as a Teams
 * meeting client does, so the paths the tab takes inside Teams run here.
 */
const mockContext = {
  app: { theme: "dark", locale: "cs-CZ" },
  page: { frameContext: "sidePanel" },
  meeting: { id: "MCMeeting123" },
  chat: { id: "19:meeting_abc@thread.v2" },
};

/** What the stand-in host remembers: the handlers the tab registered, what it shared. */
const mockHost = {
  themeHandler: undefined as ((theme: string) => void) | undefined,
  saveHandler: undefined as ((event: unknown) => void) | undefined,
  shared: [] as string[],
  capability: true,
};

const mockTeams = {
  app: {
    initialize: jest.fn(async () => undefined),
    getContext: jest.fn(async () => mockContext),
    notifySuccess: jest.fn(),
    registerOnThemeChangeHandler: jest.fn((handler: (theme: string) => void): void => {
      mockHost.themeHandler = handler;
    }),
  },
  authentication: { getAuthToken: jest.fn(async () => "sso-token") },
  meeting: {
    getAppContentStageSharingCapabilities: jest.fn(
      (callback: (error: unknown, caps: unknown) => void): void =>
        callback(null, { doesAppHaveSharePermission: mockHost.capability }),
    ),
    shareAppContentToStage: jest.fn(
      (callback: (error: unknown, ok: boolean | null) => void, url: string): void => {
        mockHost.shared.push(url);
        callback(null, true);
      },
    ),
  },
  pages: {
    config: {
      setValidityState: jest.fn(),
      setConfig: jest.fn(async () => undefined),
      registerOnSaveHandler: jest.fn((handler: (event: unknown) => void): void => {
        mockHost.saveHandler = handler;
      }),
    },
  },
};

jest.mock("@microsoft/teams-js", () => mockTeams);

const framed = { self: {}, top: {} } as unknown as Window;

function saveEvent() {
  let settle!: (outcome: string) => void;
  const outcome = new Promise<string>((resolve) => (settle = resolve));
  const event = {
    notifySuccess: () => settle("success"),
    notifyFailure: (reason?: string) => settle(`failure: ${reason}`),
  };
  return { event, outcome };
}

describe("the tab inside a Teams meeting", () => {
  beforeAll(async () => {
    await initializeTeams(framed, 1_000);
  });

  it("reads the frame, theme, language and meeting chat from Teams and reports success", async () => {
    const host = await initializeTeams(framed, 1_000);

    expect(host).toEqual({
      inTeams: true,
      theme: "dark",
      frameContext: "sidePanel",
      locale: "cs-CZ",
      meetingId: "MCMeeting123",
      chatId: "19:meeting_abc@thread.v2",
    });
    expect(mockTeams.app.notifySuccess).toHaveBeenCalled();
  });

  it("follows the user's theme switches", () => {
    const seen: string[] = [];
    onTeamsThemeChange((theme) => seen.push(theme));

    mockHost.themeHandler?.("contrast");
    mockHost.themeHandler?.("default");

    expect(seen).toEqual(["contrast", "default"]);
  });

  it("signs in with Teams SSO, and reports no token when Teams refuses", async () => {
    expect(await getTeamsToken()).toBe("sso-token");

    mockTeams.authentication.getAuthToken.mockRejectedValueOnce(new Error("consent_required"));
    expect(await getTeamsToken()).toBeUndefined();
  });

  it("offers stage sharing only in a side panel or on the stage, when Teams allows it", async () => {
    expect(await canShareToStage("sidePanel")).toBe(true);
    expect(await canShareToStage("content")).toBe(false);
    mockHost.capability = false;
    expect(await canShareToStage("sidePanel")).toBe(false);
    mockHost.capability = true;
  });

  it("shares the stage view of the session to the meeting stage", async () => {
    const url = stageUrlFor("https://council.example", "s 1");

    await shareToStage(url);

    expect(mockHost.shared).toEqual(["https://council.example/?session=s%201&view=stage"]);
  });

  it("saves the configuration after binding the meeting, and keeps the dialog open on failure", async () => {
    const config = tabConfigFor("https://council.example", "s-1", "Zasedání");
    const save = jest.fn(async () => config);
    setConfigValid(true);
    expect(onConfigSave(save)).toBe(true);
    expect(mockTeams.pages.config.setValidityState).toHaveBeenCalledWith(true);

    const ok = saveEvent();
    mockHost.saveHandler?.(ok.event);
    expect(await ok.outcome).toBe("success");
    expect(mockTeams.pages.config.setConfig).toHaveBeenCalledWith({
      contentUrl: "https://council.example/?session=s-1",
      websiteUrl: "https://council.example/live/s-1",
      entityId: "council-session-s-1",
      suggestedDisplayName: "Zasedání",
    });

    save.mockRejectedValueOnce(new Error("the meeting could not be bound"));
    const failed = saveEvent();
    mockHost.saveHandler?.(failed.event);
    expect(await failed.outcome).toBe("failure: the meeting could not be bound");
  });
});
