import { escapeMarkdown as m } from "./escape-markdown";
import type {
  MinutesItem,
  MinutesModel,
  MinutesResolution,
  MinutesVote,
  PresentMember,
} from "./minutes-model";
import type { MinutesWords } from "./minutes-words";
import { minutesWords } from "./minutes-words";
import type { Stamp } from "./session-clock";

/**
 * The minutes as Markdown, for pasting into the town's document system or a repository. Every
 * piece of text from the log is escaped, so a motion cannot turn into a heading, link or HTML.
 */
export function renderMinutesMarkdown(model: MinutesModel): string {
  const w = minutesWords(model.lang);
  const blocks = [
    `# ${m(`${w.minutesOf}: ${model.title}`)}`,
    m(model.council),
    basics(model, w),
    attendance(model, w),
    quorum(model, w),
    agenda(model, w),
    `## ${m(w.proceedings)}`,
    ...model.items.map((item) => itemMarkdown(item, w)),
    resolutions(model.resolutions, w),
    `## ${m(w.ending)}\n\n${m(model.ending.text)}`,
    record(model, w),
    signatures(model, w),
  ];
  return `${blocks.filter(Boolean).join("\n\n")}\n`;
}

function span(from: Stamp | undefined, to: Stamp | undefined): string {
  if (!from) return "";
  return to ? `${from.time}–${to.time}` : from.time;
}

function field(label: string, value: string | undefined): string | undefined {
  return value ? `- **${m(label)}:** ${value}` : undefined;
}

/** Joins lines, leaving out the absent ones but keeping empty ones: they separate blocks. */
function lines(...list: (string | undefined)[]): string {
  return list.filter((l): l is string => l !== undefined).join("\n");
}

function names(list: readonly string[], w: MinutesWords): string {
  return list.length > 0 ? list.map(m).join("; ") : m(w.nobody);
}

function basics(model: MinutesModel, w: MinutesWords): string {
  return lines(
    `## ${m(w.basics)}`,
    "",
    field(w.place, model.place && m(model.place)),
    field(w.date, m(model.date)),
    field(w.opened, model.openedAt?.time),
    field(w.closed, model.closedAt?.time),
    field(w.chair, model.chair && m(model.chair)),
    field(w.clerk, model.clerks.length > 0 ? names(model.clerks, w) : undefined),
    field(w.verifiers, model.verifiers.length > 0 ? names(model.verifiers, w) : undefined),
  );
}

function attendance(model: MinutesModel, w: MinutesWords): string {
  const a = model.attendance;
  const header = `| ${[w.name, w.participation, w.arrival, w.departure].map(m).join(" | ")} |`;
  const table = [header, "| --- | --- | --- | --- |", ...a.present.map((p) => presentRow(p, w))];
  const movements = a.movements.map(
    (mv) =>
      `- ${mv.at.time} ${m(w.movement[mv.kind])}: ${m(mv.member.name)}` +
      `${mv.mode === "absent" ? "" : ` (${m(w.mode[mv.mode])})`}`,
  );
  return lines(
    `## ${m(w.attendance)}`,
    "",
    m(a.summary),
    "",
    `**${m(w.presentMembers)} (${a.present.length})**`,
    "",
    ...table,
    "",
    `**${m(w.excused)} (${a.excused.length}):** ${names(
      a.excused.map((p) => p.name),
      w,
    )}`,
    "",
    `**${m(w.absent)} (${a.absent.length}):** ${names(
      a.absent.map((p) => p.name),
      w,
    )}`,
    ...(movements.length > 0 ? ["", `### ${m(w.movements)}`, "", ...movements] : []),
  );
}

function presentRow(p: PresentMember, w: MinutesWords): string {
  const arrival = p.atOpening ? m(w.fromOpening) : (p.arrivedAt?.time ?? "");
  return `| ${m(p.name)} | ${m(w.mode[p.mode])} | ${arrival} | ${p.leftAt?.time ?? ""} |`;
}

function quorum(model: MinutesModel, w: MinutesWords): string {
  const texts = [model.quorumAtOpening?.text, ...model.quorumChanges.map((c) => c.text)];
  const said = texts.filter((t): t is string => Boolean(t)).map(m);
  return [`## ${m(w.quorum)}`, ...(said.length > 0 ? said : [m(w.notOpened)])].join("\n\n");
}

function agenda(model: MinutesModel, w: MinutesWords): string {
  const a = model.agenda;
  const items = a.approved.map(
    (i) => `${i.number}. ${m(i.title)}${i.added ? ` _(${m(w.addedMark)})_` : ""}`,
  );
  const changes = a.changes.map((c) => `- ${c.at.time} ${m(c.text)}`);
  return lines(
    `## ${m(w.agenda)}`,
    "",
    m(a.approvalText),
    ...(items.length > 0 ? ["", `### ${m(w.approvedAgenda)}`, "", ...items] : []),
    ...(changes.length > 0 ? ["", `### ${m(w.agendaChanges)}`, "", ...changes] : []),
  );
}

function itemMarkdown(item: MinutesItem, w: MinutesWords): string {
  const head = lines(
    `### ${m(`${w.item(item.number)}: ${item.title}`)}`,
    "",
    field(w.reporter, item.reporter && m(item.reporter)),
    field(w.discussed, span(item.startedAt, item.endedAt)),
    field(w.draftResolution, item.draftResolution && m(item.draftResolution)),
  );
  const blocks = [
    head,
    item.status === "done" ? "" : m(item.statusText),
    conflicts(item, w),
    item.startedAt ? debate(item, w) : "",
    ...item.votes.map((vote) => voteMarkdown(vote, w)),
  ];
  return blocks.filter(Boolean).join("\n\n");
}

function conflicts(item: MinutesItem, w: MinutesWords): string {
  if (item.conflicts.length === 0) return "";
  const rows = item.conflicts.map(
    (c) => `- ${c.declaredAt.time} ${m(c.member.name)}${c.note ? `: ${m(c.note)}` : ""}`,
  );
  return lines(`#### ${m(w.conflicts)}`, "", ...rows);
}

function debate(item: MinutesItem, w: MinutesWords): string {
  if (item.speakers.length === 0) return lines(`#### ${m(w.debate)}`, "", m(w.noDebate));
  const rows = item.speakers.map(
    (s, i) => `${i + 1}. ${m(s.member.name)} (${m(s.kindText)}, ${span(s.startedAt, s.endedAt)})`,
  );
  return lines(`#### ${m(w.debate)}`, "", ...rows);
}

function voteMarkdown(vote: MinutesVote, w: MinutesWords): string {
  const named = vote.named.map(
    (g) => `- **${m(g.label)} (${g.names.length}):** ${names(g.names, w)}`,
  );
  return lines(
    `#### ${m(`${w.vote(vote.number)} (${vote.purposeText})`)}, ${span(vote.openedAt, vote.closedAt)}`,
    "",
    `**${m(w.motion)}:** ${m(vote.motion)}`,
    "",
    vote.countsLine && `${m(vote.countsLine)}  `,
    `**${m(vote.outcomeText)}**`,
    vote.explanation && `\n_${m(vote.explanation)}_`,
    vote.resolutionNumber && `\n**${m(w.resolution(vote.resolutionNumber))}**`,
    ...(named.length > 0 ? ["", `${m(w.namedVotes)}:`, "", ...named] : []),
  );
}

function resolutions(list: readonly MinutesResolution[], w: MinutesWords): string {
  if (list.length === 0) return lines(`## ${m(w.resolutions)}`, "", m(w.noResolutions));
  const rows = list.map((r) => {
    const where = [
      r.procedural ? w.procedural : undefined,
      r.itemNumber === undefined ? undefined : w.itemRef(r.itemNumber),
      w.voteRef(r.voteNumber),
    ].filter(Boolean);
    return `- **${m(w.resolution(r.number))}** (${m(where.join(", "))}): ${m(r.text)}`;
  });
  return lines(`## ${m(w.resolutions)}`, "", ...rows);
}

function record(model: MinutesModel, w: MinutesWords): string {
  return lines(
    `## ${m(w.record)}`,
    "",
    field(w.eventCount, String(model.log.eventCount)),
    field(w.finalHash, `\`${model.log.finalHash}\``),
    "",
    m(w.recordNote),
  );
}

function signatures(model: MinutesModel, w: MinutesWords): string {
  const signers = [
    ...(model.chair ? [`${w.chair}: ${model.chair}`] : []),
    ...model.verifiers.map((name) => `${w.verifier}: ${name}`),
  ];
  const rows = signers.map((s) => `${".".repeat(40)}  \n${m(s)}`);
  return signers.length > 0 ? [`## ${m(w.signatures)}`, ...rows].join("\n\n") : "";
}
