import {
  churchService,
  readVmixCorpus,
  vmixCorpusFiles,
} from "../../../../tests/fakes/fake-vmix-corpus";
import { findVmixInput } from "./find-vmix-input";
import { VmixXmlError } from "./vmix-errors";
import { escapeBareAmpersands, parseVmixXml, toNumber } from "./vmix-xml";

describe("parseVmixXml", () => {
  const files = vmixCorpusFiles();

  it("finds the corpus", () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  it.each(files)("reads %s with every input keyed and numbered", (file) => {
    const xml = readVmixCorpus(file);

    const state = parseVmixXml(xml);

    const inputCount = (xml.match(/<input key=/g) ?? []).length;
    expect(state.inputs).toHaveLength(inputCount);
    for (const input of state.inputs) {
      expect(input.key).toMatch(/^[0-9a-f-]{36}$/);
      expect(Number.isInteger(input.number)).toBe(true);
      expect(input.title).not.toBe("");
    }
    const overlayCount = (xml.match(/<overlay number=/g) ?? []).length;
    expect(state.overlays).toHaveLength(overlayCount);
  });

  it("copes with a bare ampersand in titles and attributes", () => {
    const state = parseVmixXml(readVmixCorpus(churchService));

    const input = findVmixInput(state, "PTZ - 2 J & C WIDE");

    expect(input?.key).toBe("f610f20d-7659-4f37-a92c-f6a1deeab02a");
    expect(input?.shortTitle).toBe("2 J & C WIDE");
  });

  it("reads active and preview as input keys", () => {
    const state = parseVmixXml(readVmixCorpus(churchService));

    expect(state.previewNumber).toBe(19);
    expect(state.activeNumber).toBe(43);
    expect(state.inputs.find((input) => input.key === state.activeKey)?.number).toBe(43);
    expect(state.inputs.find((input) => input.key === state.previewKey)?.number).toBe(19);
  });

  it("reads the text fields of GT and Xaml titles, empty ones included", () => {
    const church = parseVmixXml(readVmixCorpus(churchService));
    const titles = parseVmixXml(readVmixCorpus("vmixjsutils_titles_gt_xaml_inputs.xml"));

    expect(findVmixInput(church, "DONATE OVERLAY 2")?.texts).toEqual([
      { index: 0, name: "Headline.Text", value: "donate at uuse.org" },
      { index: 1, name: "Description.Text", value: "" },
    ]);
    const xaml = findVmixInput(titles, "SocialTitle1.xaml");
    expect(xaml?.type).toBe("Xaml");
    expect(xaml?.texts.map((field) => field.name)).toEqual([
      "FromUsername",
      "Title",
      "FromName",
      "Message",
    ]);
    expect(xaml?.images).toHaveLength(4);
    expect(findVmixInput(titles, "Scoreboard 3- Lineup 12.gtzip")?.texts).toHaveLength(27);
  });

  it("reads overlays with their input and preview flag", () => {
    const state = parseVmixXml(readVmixCorpus("vmixjsutils_v20_overlay_channels.xml"));

    expect(state.overlays[1]).toEqual({
      number: 2,
      inputNumber: 1,
      inputKey: "69aa648d-3984-41bf-bd62-7255edff9a6d",
      preview: true,
    });
    expect(state.overlays[0]).toEqual({ number: 1, preview: false });
  });

  it("reads recording and streaming, with the recording duration when vMix gives it", () => {
    const church = parseVmixXml(readVmixCorpus(churchService));
    const live = parseVmixXml(
      '<vmix><recording duration="754" filename1="C:\\zaznam.mp4">True</recording>' +
        "<streaming>True</streaming></vmix>",
    );

    expect(church.recording).toEqual({
      active: false,
      filename: "C:\\Users\\UUSE Team\\Desktop\\4-17-22 choir test.mp4",
    });
    expect(church.streaming.active).toBe(false);
    expect(live.recording).toEqual({
      active: true,
      durationSeconds: 754,
      filename: "C:\\zaznam.mp4",
    });
    expect(live.streaming.active).toBe(true);
  });

  it("reads a document with no inputs, overlays or outputs as empty", () => {
    const state = parseVmixXml(readVmixCorpus("vmixjsutils_v24_dynamic_values.xml"));

    expect(state.version).toBe("24.0.0.51");
    expect(state.inputs).toEqual([]);
    expect(state.overlays).toEqual([]);
    expect(state.recording).toEqual({ active: false });
    expect(state.activeKey).toBeUndefined();
  });

  it("keeps Czech diacritics and escaped entities in titles", () => {
    const state = parseVmixXml(
      '<vmix><inputs><input key="k1" number="1" type="GT" title="Titulek &amp; jméno">' +
        '<text index="0" name="Jméno.Text">Ing. Jiří Šťastný</text>' +
        '<text index="1" name="Strana.Text">ODS &amp; TOP 09</text></input></inputs></vmix>',
    );

    expect(state.inputs[0]?.title).toBe("Titulek & jméno");
    expect(state.inputs[0]?.texts.map((field) => field.value)).toEqual([
      "Ing. Jiří Šťastný",
      "ODS & TOP 09",
    ]);
  });

  it("reads an input with attributes missing", () => {
    const state = parseVmixXml("<vmix><inputs><input>Bez atributů</input></inputs></vmix>");

    expect(state.inputs[0]).toMatchObject({ key: "", type: "", title: "Bez atributů" });
    expect(state.inputs[0]?.number).toBeUndefined();
  });

  it("refuses a document without a vmix root", () => {
    expect(() => parseVmixXml("<html><body>400 Bad Request</body></html>")).toThrow(VmixXmlError);
  });
});

describe("escapeBareAmpersands", () => {
  it("escapes a bare ampersand and leaves entities alone", () => {
    expect(escapeBareAmpersands("J & C &amp; &#39; &#x27; &lt;&gt;&quot;&apos; R&D")).toBe(
      "J &amp; C &amp; &#39; &#x27; &lt;&gt;&quot;&apos; R&amp;D",
    );
  });
});

describe("toNumber", () => {
  it.each([
    ["1.229964E-05", 1.229964e-5],
    [" 9 ", 9],
    ["3.000003", 3.000003],
    ["-0.003616571", -0.003616571],
    ["59,96953", 59.96953],
    ["", undefined],
    ["NaN", undefined],
    ["abc", undefined],
    [undefined, undefined],
  ])("reads %p as %p", (input, expected) => {
    expect(toNumber(input)).toBe(expected);
  });
});
