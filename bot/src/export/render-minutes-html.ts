import { escapeHtml as e } from "./escape-html";
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

/** A4 with margins on paper; votes and signatures are not split across pages. */
const css = `
  :root { color-scheme: light; }
  body { font: 11pt/1.45 "Georgia", "Times New Roman", serif; color: #111; margin: 0; }
  main { max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
  h1 { font-size: 1.6rem; margin: 0 0 1rem; }
  h2 { font-size: 1.25rem; border-bottom: 1px solid #999; padding-bottom: .2rem; margin-top: 2rem; }
  h3 { font-size: 1.1rem; margin-top: 1.5rem; }
  h4, h5 { font-size: 1rem; margin: 1rem 0 .3rem; }
  .council { font-variant: small-caps; letter-spacing: .04em; margin: 0; }
  dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
  dl.facts dt { font-weight: bold; }
  dl.facts dd { margin: 0; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border: 1px solid #999; padding: .2rem .4rem; text-align: left; vertical-align: top; }
  caption { text-align: left; font-weight: bold; padding: .3rem 0; }
  .vote { border-left: 3px solid #666; padding-left: .8rem; margin: 1rem 0; }
  .counts, .outcome { margin: .3rem 0; }
  .explanation { font-size: .9rem; color: #333; }
  dl.named dt { font-weight: bold; }
  dl.named dd { margin: 0 0 .3rem 1rem; }
  code { font-family: "Courier New", monospace; word-break: break-all; }
  .signatures .line { margin-top: 2.5rem; border-top: 1px solid #111; width: 18rem; padding-top: .2rem; }
  @page { size: A4; margin: 2cm; }
  @media print {
    main { margin: 0; max-width: none; padding: 0; }
    h2, h3, h4, h5 { break-after: avoid; }
    .vote, tr, .signatures { break-inside: avoid; }
  }
`;

/**
 * The minutes as one standalone HTML5 document: no scripts, no external resources, the
 * document language set, every piece of text escaped, and print styles for signing on paper.
 */
export function renderMinutesHtml(model: MinutesModel): string {
  const w = minutesWords(model.lang);
  const title = `${w.minutesOf}: ${model.title}`;
  const body = [
    `<header><p class="council">${e(model.council)}</p><h1>${e(title)}</h1></header>`,
    basics(model, w),
    attendance(model, w),
    quorum(model, w),
    agenda(model, w),
    section(w.proceedings, model.items.map((item) => itemHtml(item, w)).join("\n")),
    resolutions(model.resolutions, w),
    section(w.ending, `<p>${e(model.ending.text)}</p>`),
    record(model, w),
    signatures(model, w),
  ];
  return [
    "<!DOCTYPE html>",
    `<html lang="${e(model.lang)}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(`${title} (${model.date})`)}</title>`,
    `<style>${css}</style>`,
    "</head>",
    "<body>",
    "<main>",
    ...body,
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

function section(heading: string, content: string): string {
  return `<section>\n<h2>${e(heading)}</h2>\n${content}\n</section>`;
}

function time(stamp: Stamp | undefined): string {
  return stamp ? `<time datetime="${e(stamp.iso)}">${e(stamp.time)}</time>` : "";
}

function span(from: Stamp | undefined, to: Stamp | undefined): string {
  return to ? `${time(from)}–${time(to)}` : time(from);
}

function facts(pairs: [string, string | undefined][]): string {
  const rows = pairs
    .filter((pair): pair is [string, string] => Boolean(pair[1]))
    .map(([term, html]) => `<dt>${e(term)}</dt><dd>${html}</dd>`);
  return `<dl class="facts">${rows.join("")}</dl>`;
}

function names(list: readonly string[], w: MinutesWords): string {
  return list.length > 0 ? list.map(e).join("; ") : e(w.nobody);
}

function basics(m: MinutesModel, w: MinutesWords): string {
  return section(
    w.basics,
    facts([
      [w.council, e(m.council)],
      [w.place, m.place && e(m.place)],
      [w.date, e(m.date)],
      [w.opened, time(m.openedAt)],
      [w.closed, time(m.closedAt)],
      [w.chair, m.chair && e(m.chair)],
      [w.clerk, m.clerks.length > 0 ? names(m.clerks, w) : undefined],
      [w.verifiers, m.verifiers.length > 0 ? names(m.verifiers, w) : undefined],
    ]),
  );
}

function attendance(m: MinutesModel, w: MinutesWords): string {
  const a = m.attendance;
  const head = [w.name, w.participation, w.arrival, w.departure]
    .map((h) => `<th scope="col">${e(h)}</th>`)
    .join("");
  const rows = a.present.map((p) => presentRow(p, w)).join("\n");
  const movements = a.movements.map(
    (mv) =>
      `<li>${time(mv.at)} ${e(w.movement[mv.kind])}: ${e(mv.member.name)}` +
      `${mv.mode === "absent" ? "" : ` (${e(w.mode[mv.mode])})`}</li>`,
  );
  return section(
    w.attendance,
    [
      `<p>${e(a.summary)}</p>`,
      `<table>\n<caption>${e(w.presentMembers)} (${a.present.length})</caption>`,
      `<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>`,
      `<p><strong>${e(w.excused)} (${a.excused.length}):</strong> ${names(
        a.excused.map((p) => p.name),
        w,
      )}</p>`,
      `<p><strong>${e(w.absent)} (${a.absent.length}):</strong> ${names(
        a.absent.map((p) => p.name),
        w,
      )}</p>`,
      movements.length > 0
        ? `<h3>${e(w.movements)}</h3>\n<ul>\n${movements.join("\n")}\n</ul>`
        : "",
    ].join("\n"),
  );
}

function presentRow(p: PresentMember, w: MinutesWords): string {
  const arrival = p.atOpening ? e(w.fromOpening) : time(p.arrivedAt);
  const cells = [`<th scope="row">${e(p.name)}</th>`, e(w.mode[p.mode]), arrival, time(p.leftAt)];
  return `<tr>${cells.map((c, i) => (i === 0 ? c : `<td>${c}</td>`)).join("")}</tr>`;
}

function quorum(m: MinutesModel, w: MinutesWords): string {
  const lines = [m.quorumAtOpening?.text, ...m.quorumChanges.map((c) => c.text)];
  const text = lines.filter((l): l is string => Boolean(l)).map((l) => `<p>${e(l)}</p>`);
  return section(w.quorum, text.length > 0 ? text.join("\n") : `<p>${e(w.notOpened)}</p>`);
}

function agenda(m: MinutesModel, w: MinutesWords): string {
  const a = m.agenda;
  const items = a.approved.map(
    (i) => `<li>${e(i.title)}${i.added ? ` <em>(${e(w.addedMark)})</em>` : ""}</li>`,
  );
  const changes = a.changes.map((c) => `<li>${time(c.at)} ${e(c.text)}</li>`);
  return section(
    w.agenda,
    [
      `<p>${e(a.approvalText)}</p>`,
      items.length > 0 ? `<h3>${e(w.approvedAgenda)}</h3>\n<ol>\n${items.join("\n")}\n</ol>` : "",
      changes.length > 0
        ? `<h3>${e(w.agendaChanges)}</h3>\n<ul>\n${changes.join("\n")}\n</ul>`
        : "",
    ].join("\n"),
  );
}

function itemHtml(item: MinutesItem, w: MinutesWords): string {
  const parts = [
    `<article class="item">`,
    `<h3>${e(`${w.item(item.number)}: ${item.title}`)}</h3>`,
    facts([
      [w.reporter, item.reporter && e(item.reporter)],
      [w.discussed, item.startedAt && span(item.startedAt, item.endedAt)],
      [w.draftResolution, item.draftResolution && e(item.draftResolution)],
    ]),
    item.status === "done" ? "" : `<p>${e(item.statusText)}</p>`,
    conflicts(item, w),
    item.startedAt ? debate(item, w) : "",
    ...item.votes.map((vote) => voteHtml(vote, w)),
    `</article>`,
  ];
  return parts.filter(Boolean).join("\n");
}

function conflicts(item: MinutesItem, w: MinutesWords): string {
  if (item.conflicts.length === 0) return "";
  const rows = item.conflicts.map(
    (c) => `<li>${time(c.declaredAt)} ${e(c.member.name)}${c.note ? `: ${e(c.note)}` : ""}</li>`,
  );
  return `<h4>${e(w.conflicts)}</h4>\n<ul>\n${rows.join("\n")}\n</ul>`;
}

function debate(item: MinutesItem, w: MinutesWords): string {
  if (item.speakers.length === 0) return `<h4>${e(w.debate)}</h4>\n<p>${e(w.noDebate)}</p>`;
  const rows = item.speakers.map(
    (s) => `<li>${e(s.member.name)} (${e(s.kindText)}, ${span(s.startedAt, s.endedAt)})</li>`,
  );
  return `<h4>${e(w.debate)}</h4>\n<ol>\n${rows.join("\n")}\n</ol>`;
}

function voteHtml(vote: MinutesVote, w: MinutesWords): string {
  const named = vote.named.map(
    (g) => `<dt>${e(g.label)} (${g.names.length})</dt><dd>${names(g.names, w)}</dd>`,
  );
  return [
    `<section class="vote">`,
    `<h4>${e(`${w.vote(vote.number)} (${vote.purposeText})`)}, ${span(vote.openedAt, vote.closedAt)}</h4>`,
    `<p><strong>${e(w.motion)}:</strong> ${e(vote.motion)}</p>`,
    vote.countsLine ? `<p class="counts">${e(vote.countsLine)}</p>` : "",
    `<p class="outcome"><strong>${e(vote.outcomeText)}</strong></p>`,
    vote.explanation ? `<p class="explanation">${e(vote.explanation)}</p>` : "",
    vote.resolutionNumber
      ? `<p><strong>${e(w.resolution(vote.resolutionNumber))}</strong></p>`
      : "",
    named.length > 0 ? `<h5>${e(w.namedVotes)}</h5>\n<dl class="named">${named.join("")}</dl>` : "",
    `</section>`,
  ]
    .filter(Boolean)
    .join("\n");
}

function resolutions(list: readonly MinutesResolution[], w: MinutesWords): string {
  if (list.length === 0) return section(w.resolutions, `<p>${e(w.noResolutions)}</p>`);
  const rows = list.map((r) => {
    const where = [
      r.procedural ? w.procedural : undefined,
      r.itemNumber === undefined ? undefined : w.itemRef(r.itemNumber),
      w.voteRef(r.voteNumber),
    ].filter(Boolean);
    return `<li><strong>${e(w.resolution(r.number))}</strong> (${e(where.join(", "))}): ${e(r.text)}</li>`;
  });
  return section(w.resolutions, `<ul class="resolutions">\n${rows.join("\n")}\n</ul>`);
}

function record(m: MinutesModel, w: MinutesWords): string {
  return section(
    w.record,
    [
      facts([
        [w.eventCount, e(m.log.eventCount)],
        [w.finalHash, `<code>${e(m.log.finalHash)}</code>`],
      ]),
      `<p>${e(w.recordNote)}</p>`,
    ].join("\n"),
  );
}

function signatures(m: MinutesModel, w: MinutesWords): string {
  const signers: [string, string][] = [
    ...(m.chair ? [[w.chair, m.chair] as [string, string]] : []),
    ...m.verifiers.map((name): [string, string] => [w.verifier, name]),
  ];
  const blocks = signers.map(([role, name]) => `<div class="line">${e(role)}: ${e(name)}</div>`);
  return `<section class="signatures">\n<h2>${e(w.signatures)}</h2>\n${blocks.join("\n")}\n</section>`;
}
