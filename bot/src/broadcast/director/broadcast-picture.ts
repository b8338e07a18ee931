import type { AgendaItem, Member, SessionState, Vote } from "@council/core";
import { countBallots } from "@council/core";
import type { GraphicSlot, ShotId } from "../broadcast-port";
import type { BroadcastMapping } from "../mapping/broadcast-mapping";
import { ndiSourceName } from "../mapping/ndi-source-name";
import { broadcastWords, captionName, fill, itemLine, speakerRole } from "./broadcast-words";

/** The shot on air, with what it takes to set it up: a remote input re-pointed, a camera moved. */
export interface ShotPicture {
  shot: ShotId;
  /** The Teams participant's NDI source a remote input is pointed at. */
  ndiSource?: string;
  preset?: { camera: string; name: string };
}

/** A graphic slot: shown or not, and its logical fields when shown. */
export interface GraphicPicture {
  on: boolean;
  fields?: Record<string, string>;
}

/**
 * What the broadcast should show for a session right now, in the port's logical terms: the
 * director makes the switcher match it, step by step as the session moves and all at once
 * after a reconnect. Only shots and slots the mapping names appear.
 */
export interface BroadcastPicture {
  shot?: ShotPicture;
  graphics: Partial<Record<GraphicSlot, GraphicPicture>>;
}

/** The slots the director fills; `timer` waits for speaking-time limits in the core. */
const DRIVEN_SLOTS = ["speaker", "agendaItem", "voteResult"] as const;

/**
 * The picture for a session's state. `heldVoteId` is a closed vote whose result is still on
 * air for the mapping's hold time; an open vote shows its live tally instead.
 *
 * @example pictureOf(state, mapping, undefined).graphics.speaker // { on: true, fields: {...} }
 */
export function pictureOf(
  state: SessionState,
  mapping: BroadcastMapping,
  heldVoteId: string | undefined,
): BroadcastPicture {
  const live = state.status === "open";
  const graphics: BroadcastPicture["graphics"] = {};
  const fill: Record<(typeof DRIVEN_SLOTS)[number], () => GraphicPicture> = {
    speaker: () => speakerGraphic(state),
    agendaItem: () => agendaGraphic(state),
    voteResult: () => voteGraphic(state, heldVoteId),
  };
  for (const slot of DRIVEN_SLOTS) {
    if (mapping.graphics[slot]) graphics[slot] = live ? fill[slot]() : { on: false };
  }
  return { shot: live ? shotOf(state, mapping) : fallbackShot(mapping), graphics };
}

function shotOf(state: SessionState, mapping: BroadcastMapping): ShotPicture | undefined {
  const speaker = state.floor && findMember(state, state.floor.memberId);
  if (!speaker) return fallbackShot(mapping);

  const remote = mapping.remotes[speaker.id];
  const inRoom = state.attendance[speaker.id]?.mode === "room";
  if (remote && !inRoom && mapping.shots[remote]) {
    const ndi = mapping.shots[remote]?.ndi ? ndiSourceName(mapping, speaker.name) : undefined;
    return withPreset(mapping, remote, ndi);
  }
  const candidates = speaker.role === "chair" ? ["chair", "podium"] : ["podium"];
  const shot = candidates.find((id) => mapping.shots[id]);
  return shot ? withPreset(mapping, shot, undefined) : fallbackShot(mapping);
}

/** Between speakers the broadcast goes back to the wide shot (or the chair, if no wide). */
function fallbackShot(mapping: BroadcastMapping): ShotPicture | undefined {
  const shot = ["wide", "chair"].find((id) => mapping.shots[id]);
  return shot ? withPreset(mapping, shot, undefined) : undefined;
}

function withPreset(
  mapping: BroadcastMapping,
  shot: ShotId,
  ndiSource: string | undefined,
): ShotPicture {
  const preset = mapping.shots[shot]?.preset;
  return {
    shot,
    ...(ndiSource ? { ndiSource } : {}),
    ...(preset ? { preset: { camera: preset.camera, name: preset.name } } : {}),
  };
}

function speakerGraphic(state: SessionState): GraphicPicture {
  const floor = state.floor;
  const member = floor && findMember(state, floor.memberId);
  if (!floor || !member) return { on: false };
  return {
    on: true,
    fields: {
      name: captionName(member),
      group: member.group,
      role: speakerRole(member, floor.kind),
    },
  };
}

function agendaGraphic(state: SessionState): GraphicPicture {
  const item = state.agenda.find((i) => i.id === state.currentItemId);
  if (!item) return { on: false };
  const number = itemNumber(state, item);
  return {
    on: true,
    fields: {
      number: number === undefined ? "" : String(number),
      title: item.title,
      line: itemLine(number, item.title),
    },
  };
}

function voteGraphic(state: SessionState, heldVoteId: string | undefined): GraphicPicture {
  const open = state.votes.find((v) => v.id === state.currentVoteId && v.status === "open");
  const held = state.votes.find((v) => v.id === heldVoteId && v.status === "closed");
  const vote = open ?? held;
  if (!vote) return { on: false };
  return { on: true, fields: voteFields(state, vote) };
}

/** Live tally while the vote is open, the result once it closed. */
function voteFields(state: SessionState, vote: Vote): Record<string, string> {
  const w = broadcastWords;
  const counts = vote.result?.counts ?? countBallots(state, vote);
  const title = vote.purpose.kind === "test" ? w.testVote : fill(w.vote, { number: vote.number });
  const result = vote.result ? w.outcome[vote.result.outcome] : w.voting;
  const cast = counts.yes + counts.no + counts.abstain;
  const progress = vote.result ? "" : fill(w.voted, { cast, present: cast + counts.notVoting });
  const parts = [result, fill(w.counts, { ...counts }), ...(progress ? [progress] : [])];
  return {
    title,
    motion: vote.motion,
    result,
    yes: String(counts.yes),
    no: String(counts.no),
    abstain: String(counts.abstain),
    progress,
    summary: parts.join(w.separator),
  };
}

/** Position among the items still on the agenda, as cards and minutes number them. */
export function itemNumber(state: SessionState, item: AgendaItem): number | undefined {
  const index = state.agenda.filter((i) => i.status !== "withdrawn").indexOf(item);
  return index < 0 ? undefined : index + 1;
}

function findMember(state: SessionState, memberId: string): Member | undefined {
  return state.members.find((m) => m.id === memberId);
}
