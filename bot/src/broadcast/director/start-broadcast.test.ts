import pino from "pino";
import { FakeAxis } from "../../../../tests/fakes/fake-axis";
import { FakeObs } from "../../../../tests/fakes/fake-obs";
import { CouncilRun, obsMapping, obsScenes } from "./broadcast-session.fixture";
import { startBroadcast } from "./start-broadcast";

describe("startBroadcast", () => {
  it("builds the switcher and cameras the mapping names, with secrets from the environment", async () => {
    const obs = await FakeObs.start({ password: "obs-tajné", ...obsScenes });
    const camera = await FakeAxis.start({
      username: "operator",
      password: "kamera",
      presets: ["Předsednictvo"],
    });
    const mapping = obsMapping(obs.url, {
      shots: {
        wide: { scene: "Celek sálu", preset: { camera: "cam1", name: "Celek" } },
        chair: { scene: "Předsedající", preset: { camera: "cam1", name: "Předsednictvo" } },
      },
      remotes: {},
      cameras: {
        cam1: { host: "127.0.0.1", port: camera.port, username: "operator", passwordEnv: "CAM" },
      },
    });
    const run = new CouncilRun();

    const broadcast = startBroadcast({
      mapping,
      sessions: run.sessions,
      logger: pino({ level: "silent" }),
      env: { OBS_PASSWORD: "obs-tajné", CAM: "kamera" },
    });
    try {
      await broadcast.adapter.connect();
      const checks = await broadcast.check();

      expect(broadcast.adapter.kind).toBe("obs");
      expect(obs.identifications).toBeGreaterThanOrEqual(1);
      expect(checks).toContainEqual({
        what: "shot chair",
        target: 'preset "Předsednictvo" on camera cam1',
        found: true,
      });
      expect(checks).toContainEqual({
        what: "shot wide",
        target: 'preset "Celek" on camera cam1',
        found: false,
      });
      expect(broadcast.chapterFiles("no-such-session")).toBeUndefined();
    } finally {
      await broadcast.close();
      await obs.close();
      await camera.close();
    }
  });
});
