import { HttpClient } from "urllib";
import type { Logger } from "pino";
import type { MappingCheck, PtzController } from "../broadcast-port";
import type { CameraConfig } from "../mapping/broadcast-mapping";
import { AxisPtzError } from "./axis-ptz-error";
import { parsePresetList } from "./parse-preset-list";

export interface AxisPtzOptions {
  cameras: Record<string, CameraConfig>;
  /** Passwords by camera name, read by the caller from each camera's `passwordEnv`. */
  passwords: Record<string, string | undefined>;
  logger: Logger;
  timeoutMs?: number;
}

const PTZ_PATH = "/axis-cgi/com/ptz.cgi";

/**
 * PTZ presets on Axis cameras through VAPIX: `gotoserverpresetname` moves a camera to a named
 * server preset, `query=presetposall` lists them. Cameras answer HTTP digest authentication,
 * which urllib's `digestAuth` handles (the first request draws the challenge). Presets are
 * checked against each camera's own list at start, so a typo shows before the session, and a
 * move to a preset the camera does not have is refused without being sent.
 */
export class AxisPtz implements PtzController {
  private readonly client = new HttpClient();
  private readonly known = new Map<string, string[]>();
  private readonly log: Logger;
  private readonly timeoutMs: number;

  constructor(private readonly options: AxisPtzOptions) {
    this.log = options.logger.child({ component: "axis-ptz" });
    this.timeoutMs = options.timeoutMs ?? 3000;
  }

  async gotoPreset(camera: string, preset: string): Promise<void> {
    const known = this.known.get(camera);
    if (known && !known.includes(preset)) {
      throw new AxisPtzError(camera, `has no preset "${preset}" (it has: ${known.join(", ")})`);
    }
    const body = await this.get(camera, `camera=1&gotoserverpresetname=${enc(preset)}`);
    // VAPIX reports a bad argument in the body of a 200, not in the status.
    if (/^\s*Error/i.test(body)) throw new AxisPtzError(camera, body.trim());
    this.log.debug({ camera, preset }, "ptz_preset");
  }

  async presets(camera: string): Promise<string[]> {
    const list = parsePresetList(await this.get(camera, "camera=1&query=presetposall"));
    this.known.set(camera, list);
    return list;
  }

  /**
   * Reads every camera's preset list and checks the presets the shots use: one line per
   * preset for `broadcast check` and the start-up log.
   */
  async verify(
    wanted: { camera: string; preset: string; shot: string }[],
  ): Promise<MappingCheck[]> {
    const checks: MappingCheck[] = [];
    for (const camera of new Set(wanted.map((w) => w.camera))) {
      let list: string[] | undefined;
      let detail: string | undefined;
      try {
        list = await this.presets(camera);
      } catch (error) {
        detail = error instanceof Error ? error.message : String(error);
      }
      for (const w of wanted.filter((x) => x.camera === camera)) {
        const found = list?.includes(w.preset) ?? false;
        const target = `preset "${w.preset}" on camera ${camera}`;
        checks.push({ what: `shot ${w.shot}`, target, found, ...(detail ? { detail } : {}) });
      }
    }
    return checks;
  }

  private async get(camera: string, query: string): Promise<string> {
    const config = this.options.cameras[camera];
    if (!config) throw new AxisPtzError(camera, "is not configured in the mapping");
    const url = `${config.protocol}://${config.host}:${config.port}${PTZ_PATH}?${query}`;
    const password = this.options.passwords[camera] ?? "";
    let response;
    try {
      response = await this.client.request<string>(url, {
        method: "GET",
        dataType: "text",
        timeout: this.timeoutMs,
        ...(config.username ? { digestAuth: `${config.username}:${password}` } : {}),
      });
    } catch (error) {
      throw new AxisPtzError(camera, `cannot be reached: ${(error as Error).message}`);
    }
    if (response.status === 401) throw new AxisPtzError(camera, "refused the login", 401);
    if (response.status < 200 || response.status >= 300) {
      throw new AxisPtzError(camera, `answered HTTP ${response.status}`, response.status);
    }
    return response.data ?? "";
  }
}

/** Preset names are URL-encoded as a whole: spaces as %20, Czech letters as UTF-8. */
function enc(value: string): string {
  return encodeURIComponent(value);
}
