export type {
  ShotId,
  GraphicSlot,
  OutputState,
  SwitcherState,
  SwitcherMark,
  Transition,
  SwitcherAdapter,
  MappingCheck,
  PtzController,
} from "./broadcast-port";
export { BroadcastUnavailable } from "./broadcast-port";
export type { Broadcast, StartBroadcastOptions } from "./director/start-broadcast";
export { startBroadcast } from "./director/start-broadcast";
export type { BroadcastDirectorOptions, DirectorSessions } from "./director/broadcast-director";
export { BroadcastDirector } from "./director/broadcast-director";
export type { BroadcastLink, BroadcastStatus } from "./director/broadcast-status";
export type { BroadcastWords } from "./director/broadcast-words";
export { broadcastWords } from "./director/broadcast-words";
export type { ChapterEntry, TimedChapter } from "./chapters/chapter-entry";
export { ChapterLog } from "./chapters/chapter-log";
export type { ChapterTimeline } from "./chapters/place-chapters";
export { placeChapters } from "./chapters/place-chapters";
export type { YoutubeChapter, YoutubeChapters } from "./chapters/youtube-chapters";
export { youtubeChapters } from "./chapters/youtube-chapters";
export { renderWebVttChapters } from "./chapters/webvtt-chapters";
export type { ChapterDeepLink } from "./chapters/chapter-deep-links";
export { chapterDeepLinks } from "./chapters/chapter-deep-links";
export type { ChapterFiles } from "./chapters/render-chapter-files";
export { renderChapterFiles } from "./chapters/render-chapter-files";
export type { ObsAdapterOptions } from "./obs/obs-adapter";
export { ObsAdapter } from "./obs/obs-adapter";
export { ObsRequestError, ObsTargetMissing } from "./obs/obs-errors";
export type { AxisPtzOptions } from "./ptz/axis-ptz";
export { AxisPtz } from "./ptz/axis-ptz";
export { AxisPtzError } from "./ptz/axis-ptz-error";
export type { OverlayRouteDeps } from "./overlay/register-overlay-routes";
export { registerOverlayRoutes } from "./overlay/register-overlay-routes";
export type { BroadcastMapping } from "./mapping/broadcast-mapping";
export { loadBroadcastMapping } from "./mapping/load-broadcast-mapping";
export { BroadcastMappingError } from "./mapping/broadcast-mapping-error";
export { VmixAdapter } from "./vmix/vmix-adapter";
