/**
 * The presets in an answer to `query=presetposall`: one `presetposno<N>=<name>` per line.
 * Lines of any other shape (a header some firmware adds) are skipped.
 */
export function parsePresetList(body: string): string[] {
  const presets: { number: number; name: string }[] = [];
  for (const line of body.split(/\r?\n/)) {
    const match = /^presetposno(\d+)=(.*)$/.exec(line.trim());
    if (match) presets.push({ number: Number(match[1]), name: match[2] as string });
  }
  return presets.sort((a, b) => a.number - b.number).map((p) => p.name);
}
