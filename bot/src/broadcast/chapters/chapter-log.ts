import type { ChapterEntry } from "./chapter-entry";

/**
 * The chapters of one session as the broadcast saw them, one per started agenda item, in the
 * order the items started. An item started twice keeps its first start: the archive links to
 * where the debate began.
 */
export class ChapterLog {
  private readonly list: ChapterEntry[] = [];
  private url: URL | undefined;

  /** Records the start of an item; a second start of the same item changes nothing. */
  start(itemId: string, title: string, at: string): void {
    if (this.find(itemId)) return;
    this.list.push({ itemId, title, at });
  }

  /** Records the end of an item. */
  end(itemId: string, at: string): void {
    const entry = this.find(itemId);
    if (entry) entry.endedAt = at;
  }

  /** Adds the offsets the switcher reported for an item's start. */
  offsets(itemId: string, offsets: { recordingMs?: number; streamMs?: number }): void {
    const entry = this.find(itemId);
    if (!entry) return;
    if (offsets.recordingMs !== undefined) entry.recordingMs = offsets.recordingMs;
    if (offsets.streamMs !== undefined) entry.streamMs = offsets.streamMs;
  }

  /** Where the published recording is, for per-item deep links. */
  setRecordingUrl(url: URL | undefined): void {
    this.url = url;
  }

  recordingUrl(): URL | undefined {
    return this.url;
  }

  /** A copy of the entries, in start order. */
  entries(): ChapterEntry[] {
    return this.list.map((entry) => ({ ...entry }));
  }

  private find(itemId: string): ChapterEntry | undefined {
    return this.list.find((entry) => entry.itemId === itemId);
  }
}
