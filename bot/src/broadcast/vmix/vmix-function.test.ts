import { overlayFunction, vmixQuery } from "./vmix-function";

describe("vmixQuery", () => {
  it("encodes every value, spaces as %20 and a plus as %2B", () => {
    const query = vmixQuery({
      name: "SetText",
      input: "6b05afab-a3ca-4876-bb3b-7e7a13c266f8",
      selectedName: "Headline.Text",
      value: "ODS & TOP 09 + Ing. Jiří Šťastný = 100 %",
    });

    expect(query).toBe(
      "Input=6b05afab-a3ca-4876-bb3b-7e7a13c266f8&SelectedName=Headline.Text&Value=" +
        "ODS%20%26%20TOP%2009%20%2B%20Ing.%20Ji%C5%99%C3%AD%20%C5%A0%C5%A5astn%C3%BD%20%3D%20100%20%25",
    );
    expect(new URLSearchParams(query).get("Value")).toBe(
      "ODS & TOP 09 + Ing. Jiří Šťastný = 100 %",
    );
  });

  it("leaves out what the call does not set and rounds the duration", () => {
    expect(vmixQuery({ name: "Fade", input: "k", duration: 499.6 })).toBe("Input=k&Duration=500");
    expect(vmixQuery({ name: "StartRecording" })).toBe("");
  });
});

describe("overlayFunction", () => {
  it("names the explicit in and out functions of a channel", () => {
    expect(overlayFunction(1, true)).toBe("OverlayInput1In");
    expect(overlayFunction(8, false)).toBe("OverlayInput8Out");
  });

  it("refuses a channel vMix does not have", () => {
    expect(() => overlayFunction(9, true)).toThrow(RangeError);
  });
});
