import { XMLParser } from "fast-xml-parser";
import { VmixXmlError } from "./vmix-errors";
import type { VmixInput, VmixOutput, VmixOverlay, VmixState, VmixTitleField } from "./vmix-state";

type Node = Record<string, unknown>;

const repeated = new Set(["input", "text", "image", "overlay", "transition", "item", "mix"]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  textNodeName: "#text",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && repeated.has(name),
});

/**
 * Reads the vMix XML state (`GET /api/`, TCP `XML`). Real vMix writes a bare `&` in titles and
 * attributes, numbers in odd forms (`1.229964E-05`, a comma decimal in some locales) and leaves
 * attributes out between versions, so this escapes the ampersands first and reads every number
 * and flag leniently.
 */
export function parseVmixXml(xml: string): VmixState {
  let document: Node;
  try {
    document = parser.parse(escapeBareAmpersands(xml)) as Node;
  } catch (error) {
    throw new VmixXmlError(`not readable as XML: ${(error as Error).message}`);
  }

  const root = document["vmix"];
  if (root === undefined) throw new VmixXmlError("no <vmix> root element");
  return readState(asNode(root));
}

/** Escapes each `&` that does not start an XML entity or character reference. */
export function escapeBareAmpersands(xml: string): string {
  return xml.replace(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g, "&amp;");
}

function readState(root: Node): VmixState {
  const inputs = list(asNode(root["inputs"])["input"]).map(readInput);
  const byNumber = new Map(inputs.map((input) => [input.number, input.key]));
  const previewNumber = toInteger(text(root["preview"]));
  const activeNumber = toInteger(text(root["active"]));
  return {
    version: optionalText(root["version"]),
    edition: optionalText(root["edition"]),
    preset: optionalText(root["preset"]),
    inputs,
    overlays: list(asNode(root["overlays"])["overlay"]).map((node) => readOverlay(node, byNumber)),
    previewNumber,
    activeNumber,
    previewKey: previewNumber === undefined ? undefined : byNumber.get(previewNumber),
    activeKey: activeNumber === undefined ? undefined : byNumber.get(activeNumber),
    fadeToBlack: toBoolean(text(root["fadeToBlack"])),
    recording: readOutput(root["recording"]),
    streaming: readOutput(root["streaming"]),
    external: toBoolean(text(root["external"])),
    multiCorder: toBoolean(text(root["multiCorder"])),
  };
}

function readInput(value: unknown): VmixInput {
  const node = asNode(value);
  const title = attribute(node, "title") ?? text(node) ?? "";
  return {
    key: attribute(node, "key") ?? "",
    number: toInteger(attribute(node, "number")),
    type: attribute(node, "type") ?? "",
    title,
    shortTitle: attribute(node, "shortTitle"),
    state: attribute(node, "state"),
    texts: list(node["text"]).map(readField),
    images: list(node["image"]).map(readField),
  };
}

function readField(value: unknown, position: number): VmixTitleField {
  const node = asNode(value);
  return {
    index: toInteger(attribute(node, "index")) ?? position,
    name: attribute(node, "name") ?? "",
    value: text(node) ?? "",
  };
}

function readOverlay(value: unknown, byNumber: Map<number | undefined, string>): VmixOverlay {
  const node = asNode(value);
  const inputNumber = toInteger(text(node));
  return {
    number: toInteger(attribute(node, "number")) ?? 0,
    inputNumber,
    inputKey: inputNumber === undefined ? undefined : byNumber.get(inputNumber),
    preview: toBoolean(attribute(node, "preview")),
  };
}

function readOutput(value: unknown): VmixOutput {
  const node = asNode(value);
  return {
    active: toBoolean(text(node)),
    durationSeconds: toNumber(attribute(node, "duration")),
    filename: attribute(node, "filename1"),
  };
}

/** A parsed element: an object with attributes and children, or a bare string, or nothing. */
function asNode(value: unknown): Node {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) return value as Node;
  if (typeof value === "string" && value !== "") return { "#text": value };
  return {};
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null || value === "") return [];
  return Array.isArray(value) ? value : [value];
}

function attribute(node: Node, name: string): string | undefined {
  const value = node[name];
  return typeof value === "string" ? value : undefined;
}

function text(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  const inner = asNode(value)["#text"];
  return typeof inner === "string" || typeof inner === "number" ? String(inner) : undefined;
}

function optionalText(value: unknown): string | undefined {
  const result = text(value);
  return result === "" ? undefined : result;
}

/** `"1.229964E-05"`, `" 9 "`, `"59,96953"` (a comma-decimal locale): a number or undefined. */
export function toNumber(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === "") return undefined;
  const normalised = /^[+-]?\d+,\d+$/.test(trimmed) ? trimmed.replace(",", ".") : trimmed;
  const number = Number(normalised);
  return Number.isFinite(number) ? number : undefined;
}

function toInteger(value: string | undefined): number | undefined {
  const number = toNumber(value);
  return number === undefined ? undefined : Math.trunc(number);
}

/** vMix writes `True`/`False`; older fields and lists use `true`/`false`. */
export function toBoolean(value: string | undefined): boolean {
  return value?.trim().toLowerCase() === "true";
}
