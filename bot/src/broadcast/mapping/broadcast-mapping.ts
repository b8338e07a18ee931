import { z } from "zod";

/**
 * The council's broadcast mapping file: which switcher, and which vMix input or OBS scene each
 * logical shot and graphic slot of the broadcast port is. Secrets never appear in the file, only
 * the name of the environment variable that holds them (`passwordEnv`).
 */

/** `chair`, `podium`, `wide`, `seat.<n>`, `remote.<n>`: the shots the session asks for. */
export const shotIdPattern = /^(chair|podium|wide|seat\.[1-9]\d*|remote\.[1-9]\d*)$/;

/** The graphic slots of the port, in the order `broadcast check` lists them. */
export const graphicSlots = ["agendaItem", "speaker", "voteResult", "timer"] as const;

const name = z.string().trim().min(1).max(500);
const host = z.string().trim().min(1).max(253);
const port = z.number().int().min(1).max(65535);
const envName = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "must be the name of an environment variable");

/** A field that would hold a secret in the file itself is refused with a pointer to *Env. */
const noInlinePassword = {
  password: z
    .never({ error: "write the secret into an environment variable and name it in passwordEnv" })
    .optional(),
};

const vmixSwitcher = z.strictObject({
  kind: z.literal("vmix"),
  host: host.default("127.0.0.1"),
  httpPort: port.default(8088),
  tcpPort: port.default(8099),
  /** Which API carries functions; the XML state and the tally always come over TCP. */
  functions: z.enum(["tcp", "http"]).default("tcp"),
  /** Web Controller login (vMix 23+); it covers the HTTP API only. */
  username: name.optional(),
  passwordEnv: envName.optional(),
  ...noInlinePassword,
});

const obsSwitcher = z.strictObject({
  kind: z.literal("obs"),
  url: z.string().regex(/^wss?:\/\/[^\s]+$/, "must be a ws:// or wss:// address"),
  passwordEnv: envName.optional(),
  ...noInlinePassword,
});

const preset = z.strictObject({ camera: name, name });

const shot = z.strictObject({
  /** vMix: the input key (GUID, preferred) or its exact, case-sensitive title. */
  input: name.optional(),
  /** OBS: the scene name. */
  scene: name.optional(),
  /** A PTZ preset the camera moves to before the shot is taken. */
  preset: preset.optional(),
  /** The input is an NDI input re-pointed at a remote member's Teams source (vMix). */
  ndi: z.boolean().optional(),
});

const graphic = z.strictObject({
  /** vMix: the title input (GT or Xaml), by key or title. */
  input: name.optional(),
  /** vMix: the overlay channel (1 to 8) the title goes in and out on. */
  overlay: z.number().int().min(1).max(8).optional(),
  /** OBS: the scene holding the graphic's scene item. */
  scene: name.optional(),
  /** OBS: the source whose scene item is shown and hidden. */
  item: name.optional(),
  /**
   * Logical field → vMix title field (`Name.Text`) or OBS text source name. The session fills:
   * speaker `name`, `group`, `role`; agendaItem `number`, `title`; voteResult `title`, `result`,
   * `yes`, `no`, `abstain`; timer `remaining`. Fields not listed are not shown.
   */
  fields: z.record(z.string().min(1).max(100), name),
});

const camera = z.strictObject({
  host,
  port: port.default(80),
  protocol: z.enum(["http", "https"]).default("http"),
  username: name.optional(),
  passwordEnv: envName.optional(),
  ...noInlinePassword,
});

/** The schema of the mapping file; `parseBroadcastMapping` adds the cross-field checks. */
export const broadcastMappingSchema = z.strictObject({
  switcher: z.discriminatedUnion("kind", [vmixSwitcher, obsSwitcher]),
  shots: z.record(
    z.string().regex(shotIdPattern, "must be chair, podium, wide, seat.<n> or remote.<n>"),
    shot,
  ),
  graphics: z.partialRecord(z.enum(graphicSlots), graphic).default({}),
  /** Roster member id → the remote shot that shows them when they have the floor. */
  remotes: z.record(name, name).default({}),
  cameras: z.record(name, camera).default({}),
  /**
   * How a Teams participant's NDI source is named, `{name}` standing for the display name,
   * e.g. `"REZIE-PC (MS Teams - {name})"`; the format changed between Teams versions.
   */
  ndiSourceTemplate: z.string().includes("{name}").max(500).default("{name}"),
  /** How long the vote result title stays on air. */
  resultHoldSeconds: z.number().int().min(0).max(3600).default(15),
});

/** A loaded, checked mapping file. */
export type BroadcastMapping = z.output<typeof broadcastMappingSchema>;
export type SwitcherConfig = BroadcastMapping["switcher"];
export type VmixSwitcherConfig = z.output<typeof vmixSwitcher>;
export type ObsSwitcherConfig = z.output<typeof obsSwitcher>;
export type ShotMapping = z.output<typeof shot>;
export type GraphicMapping = z.output<typeof graphic>;
export type CameraConfig = z.output<typeof camera>;
