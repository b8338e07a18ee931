/** An input as the fake sees it in its XML document. */
export interface FakeVmixInput {
  key: string;
  number: number;
  type: string;
  title: string;
}

/**
 * The state of the fake vMix: the real XML document it started from, edited in place as
 * functions arrive, so everything the functions do not touch (a bare `&`, odd numbers, unknown
 * elements) goes out exactly as real vMix wrote it. Written values are escaped the way the corpus
 * shows vMix doing it: `<` and `>` escaped, `&` left bare.
 */
export class FakeVmixState {
  private recordingSince?: number;

  constructor(
    private document: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** The document as vMix would send it now (recording duration counted up). */
  xml(): string {
    if (this.recordingSince === undefined) return this.document;
    const seconds = Math.floor((this.now() - this.recordingSince) / 1000);
    return this.document.replace(/(<recording\b[^>]*?\bduration=")\d*(")/, `$1${seconds}$2`);
  }

  inputs(): FakeVmixInput[] {
    return [...this.document.matchAll(/<input\s([^>]*?)\/?>/g)].flatMap((match) => {
      const attributes = readAttributes(match[1] ?? "");
      if (attributes["key"] === undefined) return [];
      return [
        {
          key: attributes["key"],
          number: Number(attributes["number"]),
          type: attributes["type"] ?? "",
          title: attributes["title"] ?? "",
        },
      ];
    });
  }

  /** Like vMix's `Input` parameter: a key, an exact title or a number. */
  find(ref: string | undefined): FakeVmixInput | undefined {
    if (ref === undefined || ref === "") return undefined;
    const inputs = this.inputs();
    return (
      inputs.find((input) => input.key === ref) ??
      inputs.find((input) => input.title === ref) ??
      inputs.find((input) => /^\d+$/.test(ref) && input.number === Number(ref))
    );
  }

  /** The value of a title's text field, decoded; undefined when there is no such field. */
  text(key: string, name: string): string | undefined {
    const block = this.inputBlock(key);
    const field = block && textField(block.text, name);
    if (!field) return undefined;
    return decode(field.match(/>([^<]*)<\/text>/)?.[1] ?? "");
  }

  /** SetText; false when the input or the field does not exist. */
  setText(key: string, name: string | undefined, value: string): boolean {
    const block = this.inputBlock(key);
    if (!block) return false;
    const field =
      name === undefined
        ? block.text.match(/<text\b[^>]*?(?:\/>|>[^<]*<\/text>)/)?.[0]
        : textField(block.text, name);
    if (!field) return false;

    const open = field.replace(/\s*\/?>[\s\S]*$/, "");
    const edited = block.text.replace(field, () => `${open}>${escapeText(value)}</text>`);
    this.replaceBlock(block, edited);
    return true;
  }

  /** Renames an input: its title, short title and the display text after its opening tag. */
  setTitle(key: string, title: string): void {
    const block = this.inputBlock(key);
    if (!block) return;
    const escaped = escapeText(title);
    const edited = block.text
      .replace(/^(<input\s[^>]*?\btitle=")[^"]*(")/, (_, a: string, b: string) => a + escaped + b)
      .replace(
        /^(<input\s[^>]*?\bshortTitle=")[^"]*(")/,
        (_, a: string, b: string) => a + escaped + b,
      )
      .replace(/^(<input\b[^>]*>\s*)[^<\r\n]*/, (_, a: string) => a + escaped);
    this.replaceBlock(block, edited);
  }

  /** Adds `<input>` elements at the end of `<inputs>`, numbered after the last one. */
  addInputs(elements: string[]): void {
    let next = Math.max(0, ...this.inputs().map((input) => input.number)) + 1;
    const numbered = elements.map((element) =>
      element.replace(/^<input\b([^>]*?)(\/?)>/, (_, attributes: string, slash: string) => {
        return `<input${attributes} number="${next++}"${slash}>`;
      }),
    );
    this.document = this.document.replace("</inputs>", () => `${numbered.join("\n")}\n</inputs>`);
  }

  numberOf(element: "preview" | "active"): number | undefined {
    const value = this.document.match(new RegExp(`<${element}>(\\d+)</${element}>`))?.[1];
    return value === undefined ? undefined : Number(value);
  }

  setNumber(element: "preview" | "active", number: number): void {
    this.setElement(element, `<${element}>${number}</${element}>`);
  }

  /** The input number on an overlay channel, undefined when the channel is empty. */
  overlay(channel: number): number | undefined {
    const match = this.document.match(overlayPattern(channel));
    const value = match?.[0].match(/>(\d+)<\/overlay>/)?.[1];
    return value === undefined ? undefined : Number(value);
  }

  setOverlay(channel: number, inputNumber: number | undefined): boolean {
    if (!overlayPattern(channel).test(this.document)) return false;
    const element =
      inputNumber === undefined
        ? `<overlay number="${channel}"/>`
        : `<overlay number="${channel}">${inputNumber}</overlay>`;
    this.document = this.document.replace(overlayPattern(channel), () => element);
    return true;
  }

  output(element: "recording" | "streaming"): boolean {
    return /^true$/i.test(this.outputElement(element)?.match(/>([^<]*)</)?.[1] ?? "");
  }

  setOutput(element: "recording" | "streaming", on: boolean): void {
    const old = this.outputElement(element);
    const attributes = (old?.match(new RegExp(`<${element}\\b([^>]*?)/?>`))?.[1] ?? "")
      .replace(/\s*\bduration="[^"]*"/, "")
      .trim();
    const duration = element === "recording" && on ? ' duration="0"' : "";
    const spaced = attributes ? ` ${attributes}` : "";
    this.setElement(
      element,
      `<${element}${duration}${spaced}>${on ? "True" : "False"}</${element}>`,
    );
    if (element === "recording") this.recordingSince = on ? this.now() : undefined;
  }

  /** One digit per input in number order: 1 program, 2 preview, 0 neither. */
  tally(): string {
    const active = this.numberOf("active");
    const preview = this.numberOf("preview");
    return [...this.inputs()]
      .sort((a, b) => a.number - b.number)
      .map((input) => (input.number === active ? "1" : input.number === preview ? "2" : "0"))
      .join("");
  }

  private outputElement(element: string): string | undefined {
    return this.document.match(new RegExp(`<${element}\\b[^>]*?(?:/>|>[^<]*</${element}>)`))?.[0];
  }

  private setElement(element: string, replacement: string): void {
    const pattern = new RegExp(`<${element}\\b[^>]*?(?:/>|>[^<]*</${element}>)`);
    this.document = pattern.test(this.document)
      ? this.document.replace(pattern, () => replacement)
      : this.document.replace("</vmix>", () => `${replacement}\n</vmix>`);
  }

  private inputBlock(key: string): { start: number; text: string } | undefined {
    const quoted = key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const start = this.document.search(new RegExp(`<input\\s[^>]*?\\bkey="${quoted}"`));
    if (start < 0) return undefined;
    const tagEnd = this.document.indexOf(">", start);
    if (this.document[tagEnd - 1] === "/") {
      return { start, text: this.document.slice(start, tagEnd + 1) };
    }
    const end = this.document.indexOf("</input>", start) + "</input>".length;
    return { start, text: this.document.slice(start, end) };
  }

  private replaceBlock(block: { start: number; text: string }, edited: string): void {
    this.document =
      this.document.slice(0, block.start) +
      edited +
      this.document.slice(block.start + block.text.length);
  }
}

function overlayPattern(channel: number): RegExp {
  return new RegExp(`<overlay number="${channel}"[^>]*?(?:/>|>[^<]*</overlay>)`);
}

function textField(block: string, name: string): string | undefined {
  const escaped = escapeText(name).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return block.match(
    new RegExp(`<text\\b[^>]*?\\bname="${escaped}"[^>]*?(?:/>|>[^<]*</text>)`),
  )?.[0];
}

function readAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of text.matchAll(/(\w+)="([^"]*)"/g)) {
    attributes[match[1] ?? ""] = decode(match[2] ?? "");
  }
  return attributes;
}

function escapeText(value: string): string {
  return value.replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function decode(value: string): string {
  return value
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
