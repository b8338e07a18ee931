import type { BroadcastWords } from "../director/broadcast-words";
import { OVERLAY_MODEL_SCRIPT } from "./overlay-model-script";
import { OVERLAY_VIEW_SCRIPT } from "./overlay-view-script";

/** The slots an overlay page can show. */
export const overlaySlots = ["speaker", "agendaItem", "voteResult"] as const;
export type OverlaySlot = (typeof overlaySlots)[number];

export interface OverlayPageConfig {
  slot: OverlaySlot;
  sessionId: string;
  livePath: string;
  resultHoldSeconds: number;
  words: BroadcastWords;
}

/** The markup of each slot: elements whose `data-field` names the text they show. */
const MARKUP: Record<OverlaySlot, string> = {
  speaker: `<div id="graphic" class="graphic lower-third">
  <div class="name" data-field="name"></div>
  <div class="detail"><span data-field="role"></span><span class="dot"> · </span><span data-field="group"></span></div>
</div>`,
  agendaItem: `<div id="graphic" class="graphic agenda-item">
  <div class="number" data-field="number"></div>
  <div class="title" data-field="title"></div>
</div>`,
  voteResult: `<div id="graphic" class="graphic vote-result">
  <div class="vote-title" data-field="title"></div>
  <div class="outcome" data-field="result"></div>
  <div class="counts">
    <div class="count yes"><span class="n" data-field="yes"></span><span class="label">{yes}</span></div>
    <div class="count no"><span class="n" data-field="no"></span><span class="label">{no}</span></div>
    <div class="count abstain"><span class="n" data-field="abstain"></span><span class="label">{abstain}</span></div>
  </div>
  <div class="progress" data-field="progress"></div>
</div>`,
};

/** Sized in viewport units, so a 1920×1080 or 1280×720 browser input looks the same. */
const STYLE = `
html, body { margin: 0; padding: 0; background: transparent; overflow: hidden; }
body { width: 100vw; height: 100vh; font-family: "Segoe UI", "Noto Sans", "DejaVu Sans", Arial, sans-serif; color: #fff; }
.graphic { position: absolute; opacity: 0; transform: translateY(1.2vh); transition: opacity 0.35s ease, transform 0.35s ease; }
.graphic.on { opacity: 1; transform: none; }
.lower-third { left: 5vw; bottom: 9vh; max-width: 70vw; background: rgba(12, 32, 64, 0.92); border-left: 0.8vh solid #f2b705; padding: 1.6vh 3vh 1.8vh 2.4vh; }
.lower-third .name { font-size: 5.4vh; font-weight: 700; line-height: 1.15; }
.lower-third .detail { font-size: 3vh; margin-top: 0.6vh; color: #dfe7f2; }
.agenda-item { left: 5vw; top: 6vh; max-width: 60vw; background: rgba(12, 32, 64, 0.9); padding: 1.2vh 2.6vh; border-top: 0.6vh solid #f2b705; }
.agenda-item .number { font-size: 2.4vh; text-transform: uppercase; letter-spacing: 0.1em; color: #f2b705; }
.agenda-item .number:empty { display: none; }
.agenda-item .title { font-size: 3.6vh; font-weight: 600; line-height: 1.2; }
.vote-result { right: 5vw; bottom: 9vh; min-width: 34vw; background: rgba(12, 32, 64, 0.94); padding: 2vh 3vh; text-align: center; }
.vote-result .vote-title { font-size: 2.8vh; color: #dfe7f2; }
.vote-result .outcome { font-size: 7vh; font-weight: 800; letter-spacing: 0.04em; margin: 0.6vh 0 1.2vh; }
.vote-result[data-tone="adopted"] .outcome { color: #5fd068; }
.vote-result[data-tone="rejected"] .outcome { color: #ff6b5e; }
.vote-result[data-tone="void"] .outcome { color: #f2b705; }
.vote-result .counts { display: flex; justify-content: space-around; gap: 3vh; }
.vote-result .count .n { display: block; font-size: 6vh; font-weight: 700; }
.vote-result .count .label { font-size: 2.6vh; color: #dfe7f2; }
.vote-result .progress { font-size: 2.4vh; margin-top: 1vh; color: #dfe7f2; }
.vote-result .progress:empty { display: none; }
`;

/**
 * A small standalone page for one slot, for a vMix or OBS browser input: transparent, no
 * framework, no bundle. Every value reaches the page as JSON inside a data script (with `<`
 * escaped so no value can close it) and is shown with textContent.
 */
export function overlayPage(config: OverlayPageConfig): string {
  const labels = config.words.countLabels;
  const markup = MARKUP[config.slot]
    .replace("{yes}", escapeHtml(labels.yes))
    .replace("{no}", escapeHtml(labels.no))
    .replace("{abstain}", escapeHtml(labels.abstain));
  const json = JSON.stringify(config).replace(/</g, "\\u003c");
  return `<!doctype html>
<html lang="cs">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Council Live · ${escapeHtml(config.slot)}</title>
<style>${STYLE}</style>
</head>
<body data-slot="${escapeHtml(config.slot)}" data-state="connecting" data-shown="false">
${markup}
<script type="application/json" id="overlay-config">${json}</script>
<script>${OVERLAY_MODEL_SCRIPT}${OVERLAY_VIEW_SCRIPT}</script>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
