import { formatDateTime, formatTime } from "./time";

/** ICU may separate parts with a no-break space; the tests read them as plain spaces. */
function plain(text: string): string {
  return text.replace(/\s/g, " ");
}

const prague = "Europe/Prague";

describe("formatDateTime", () => {
  it("shows a winter evening in Prague time (CET, UTC+1) in Czech and English", () => {
    const iso = "2020-02-27T18:00:00Z";

    const texts = [formatDateTime(iso, prague, "cs"), formatDateTime(iso, prague, "en")];

    expect(texts.map(plain)).toEqual(["27. 2. 2020 19:00", "27/02/2020, 19:00"]);
  });

  it("moves from CET to CEST across the spring change on 31 March 2024", () => {
    const before = "2024-03-31T00:30:00Z";
    const after = "2024-03-31T01:30:00Z";

    const texts = [before, after].flatMap((iso) => [
      formatDateTime(iso, prague, "cs"),
      formatDateTime(iso, prague, "en"),
    ]);

    expect(texts.map(plain)).toEqual([
      "31. 3. 2024 01:30",
      "31/03/2024, 01:30",
      "31. 3. 2024 03:30",
      "31/03/2024, 03:30",
    ]);
  });

  it("shows 02:30 twice across the autumn change on 27 October 2024, an hour apart in UTC", () => {
    const summer = "2024-10-27T00:30:00Z";
    const winter = "2024-10-27T01:30:00Z";

    const texts = [summer, winter].map((iso) => formatDateTime(iso, prague, "cs"));

    expect(texts.map(plain)).toEqual(["27. 10. 2024 02:30", "27. 10. 2024 02:30"]);
  });

  it("shows the council's time zone, not the machine's", () => {
    const iso = "2024-07-01T17:00:00Z";

    const texts = [formatDateTime(iso, prague, "en"), formatDateTime(iso, "Europe/London", "en")];

    expect(texts.map(plain)).toEqual(["01/07/2024, 19:00", "01/07/2024, 18:00"]);
  });
});

describe("formatTime", () => {
  it("shows the time of day in Prague with two-digit hours, summer and winter", () => {
    const winter = "2024-01-05T08:05:00Z";
    const summer = "2024-07-05T08:05:00Z";

    const texts = [
      formatTime(winter, prague, "cs"),
      formatTime(winter, prague, "en"),
      formatTime(summer, prague, "cs"),
      formatTime(summer, prague, "en"),
    ];

    expect(texts).toEqual(["09:05", "09:05", "10:05", "10:05"]);
  });

  it("jumps from 01:59 to 03:00 at the spring change", () => {
    const instants = ["2024-03-31T00:59:00Z", "2024-03-31T01:00:00Z"];

    const texts = instants.map((iso) => formatTime(iso, prague, "cs"));

    expect(texts).toEqual(["01:59", "03:00"]);
  });
});
