import { XMLParser, XMLValidator } from "fast-xml-parser";

import { decodeText, declaredXmlEncoding } from "./decode-text";
import { ImportError } from "./import-error";
import type { InputFile } from "./input-file";
import type {
  PublishedCounts,
  PublishedMajority,
  PublishedMember,
  PublishedOption,
  PublishedVote,
  PublishedVoteSet,
} from "./published-votes";
import { wallClockToUtc } from "./wall-clock-to-utc";

export interface HerXmlOptions {
  council?: string;
  /** Time zone of the wall-clock times in the file. */
  timeZone?: string;
}

type Attributes = Record<string, string | undefined>;
type XmlNode = Attributes & Record<string, unknown>;

/** Ballot codes of the H.E.R. export. The real files use the first four. */
const VOTE_CODES: Record<string, PublishedOption> = {
  AYE: "yes",
  NO: "no",
  NAY: "no",
  ABSTAINED: "abstain",
  NOT_VOTING: "not_voting",
  MISSING: "absent",
  ABSENT: "absent",
};

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  attributesGroupName: "@",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // Also turns on numeric character references (&#x10D;), which XML always allows.
  htmlEntities: true,
  isArray: (name) => name === "VotingResult" || name === "Deputy",
});

/**
 * Reads an export of the H.E.R. voting system (as published by Vsetín): either a session file
 * (`<Session>` with every `<VotingResult>`) or a single-vote file (`<VotingResult>` at the root).
 * The format has no result field, so `published` is null; the printed counts are kept.
 */
export function parseHerXml(file: InputFile, options: HerXmlOptions = {}): PublishedVoteSet {
  const root = parseDocument(file);
  const timeZone = options.timeZone ?? "Europe/Prague";
  const session = node(root["Session"]);
  const single = node(list(root["VotingResult"])[0]);
  if (!session && !single) {
    throw malformed(file, "document", "no <Session> or <VotingResult> root element");
  }

  const sessionAttrs = attrs(session ?? node(single?.["Session"]));
  const results = session ? list(session["VotingResult"]) : [single];
  const members = new Map<string, PublishedMember>();
  const votes = results.map((result) =>
    toVote(file, node(result), sessionAttrs["number"] ?? "", timeZone, members),
  );

  return {
    source: `her-xml:${file.name}`,
    council: options.council ?? licensee(session) ?? sessionTitle(session, single) ?? "",
    title: sessionTitle(session, single),
    date: sessionDate(sessionAttrs, votes),
    members: [...members.values()],
    votes,
  };
}

function parseDocument(file: InputFile): XmlNode {
  const text =
    typeof file.content === "string"
      ? file.content
      : decodeText(file.content, file.name, declaredXmlEncoding(file.content));
  const escaped = escapeBareAmpersands(text);
  const verdict = XMLValidator.validate(escaped);
  if (verdict !== true) {
    const { msg, line } = verdict.err;
    throw new ImportError("import_malformed", msg, { file: file.name, line });
  }
  return parser.parse(escaped) as XmlNode;
}

/**
 * Hand-written exports put a plain `&` into titles ("Rozpočet & investice"); XML wants `&amp;`.
 * Only an `&` that does not start an entity or character reference is escaped.
 */
export function escapeBareAmpersands(text: string): string {
  return text.replace(/&(?!(?:[A-Za-z_][\w.-]*|#\d+|#x[0-9A-Fa-f]+);)/g, "&amp;");
}

function toVote(
  file: InputFile,
  result: XmlNode | undefined,
  sessionNumber: string,
  timeZone: string,
  members: Map<string, PublishedMember>,
): PublishedVote {
  const a = attrs(result);
  const record = `VotingResult number=${a["number"] ?? "?"}`;
  const number = wholeNumber(file, record, "number", a["number"]);
  const { date, time } = wallClock(file, record, a["time"], timeZone);

  const options: Record<string, PublishedOption> = {};
  for (const deputy of list(result?.["Deputy"])) {
    const member = toMember(file, record, node(deputy));
    if (member.id in options) throw malformed(file, record, `Deputy id=${member.id} appears twice`);
    options[member.id] = toOption(file, `${record}, Deputy id=${member.id}`, node(deputy));
    if (!members.has(member.id)) members.set(member.id, member);
  }
  if (Object.keys(options).length === 0) throw malformed(file, record, "no <Deputy> elements");

  return {
    id: `${sessionNumber}-${number}`,
    number,
    time,
    date,
    title: topicTitle(node(result?.["Topic"])),
    options,
    published: null,
    publishedCounts: printedCounts(file, record, a),
    majority: a["quorum"] ? parseMajority(a["quorum"]) : undefined,
  };
}

function toMember(file: InputFile, record: string, deputy: XmlNode | undefined): PublishedMember {
  const a = attrs(deputy);
  const id = clean(a["id"]);
  if (!id) throw malformed(file, record, "<Deputy> without id");
  const familyName = clean(a["name"]);
  const name = [clean(a["first_name"]), familyName].filter(Boolean).join(" ");
  const title = clean(a["title"]);
  const member: PublishedMember = { id, name, group: clean(a["party"]) };
  if (familyName) member.familyName = familyName;
  if (title) member.title = title;
  return member;
}

function toOption(file: InputFile, record: string, deputy: XmlNode | undefined): PublishedOption {
  const code = clean(attrs(deputy)["vote"]).toUpperCase();
  const option = VOTE_CODES[code];
  if (!option) throw malformed(file, record, `unknown vote code "${code}"`);
  return option;
}

/** The counts printed on a VotingResult; undefined when the export left any of them out. */
function printedCounts(
  file: InputFile,
  record: string,
  a: Attributes,
): PublishedCounts | undefined {
  const names = ["aye", "no", "abstained", "not_voting", "missing"] as const;
  if (names.some((name) => a[name] === undefined)) return undefined;
  const [yes, no, abstain, notVoting, absent] = names.map((name) =>
    wholeNumber(file, record, name, a[name]),
  );
  return {
    yes: yes ?? 0,
    no: no ?? 0,
    abstain: abstain ?? 0,
    notVoting: notVoting ?? 0,
    absent: absent ?? 0,
  };
}

/** `1/2A`: more than half of all members; `1/2P`: of those present; `3/5A`: three fifths. */
export function parseMajority(raw: string): PublishedMajority {
  const notation = clean(raw);
  const match = /^(\d+)\s*\/\s*(\d+)\s*([AP])$/i.exec(notation);
  if (!match) return { raw: notation };
  const base = match[3]?.toUpperCase() === "A" ? "all_members" : "present";
  return { raw: notation, fraction: [Number(match[1]), Number(match[2])], base };
}

function wallClock(
  file: InputFile,
  record: string,
  raw: string | undefined,
  timeZone: string,
): { date?: string; time?: string } {
  if (raw === undefined || clean(raw) === "") return {};
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(clean(raw));
  if (!match) throw malformed(file, record, `time "${raw}" is not "DD.MM.YYYY HH:MM:SS"`);
  const [, day, month, year, hour, minute, second] = match;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  const clock = `${pad(hour)}:${minute}:${second ?? "00"}`;
  return { date, time: wallClockToUtc(date, clock, timeZone) };
}

function sessionDate(a: Attributes, votes: PublishedVote[]): string | undefined {
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(clean(a["start_date"]));
  if (match) return `${match[3]}-${pad(match[2])}-${pad(match[1])}`;
  const dates = new Set(votes.map((vote) => vote.date));
  return dates.size === 1 ? votes[0]?.date : undefined;
}

function topicTitle(topic: XmlNode | undefined): string {
  const number = clean(attrs(topic)["number"]);
  const text = clean(textOf(topic));
  return [number, text].filter(Boolean).join(" ");
}

function sessionTitle(session?: XmlNode, single?: XmlNode): string | undefined {
  const title = clean(session ? textOf(session["Title"]) : textOf(single?.["Session"]));
  return title || undefined;
}

function licensee(session?: XmlNode): string | undefined {
  return clean(attrs(node(session?.["Copyright"]))["licensee"]) || undefined;
}

function wholeNumber(
  file: InputFile,
  record: string,
  name: string,
  raw: string | undefined,
): number {
  const value = clean(raw);
  if (!/^\d+$/.test(value)) throw malformed(file, record, `${name}="${raw ?? ""}" is not a number`);
  return Number(value);
}

function textOf(value: unknown): string {
  if (typeof value === "string") return value;
  const text = node(value)?.["#text"];
  return typeof text === "string" ? text : "";
}

function node(value: unknown): XmlNode | undefined {
  return typeof value === "object" && value !== null ? (value as XmlNode) : undefined;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function attrs(value: XmlNode | undefined): Attributes {
  return (node(value?.["@"]) as Attributes | undefined) ?? {};
}

/** Exports pad numbers and titles with spaces and break long titles over lines. */
function clean(value: string | undefined): string {
  return (value ?? "").replace(/\s+/g, " ").trim();
}

function pad(value: string | undefined): string {
  return (value ?? "").padStart(2, "0");
}

function malformed(file: InputFile, record: string, detail: string): ImportError {
  return new ImportError("import_malformed", detail, { file: file.name, record });
}
