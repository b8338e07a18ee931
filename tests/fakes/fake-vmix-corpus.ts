import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

/**
 * The real vMix XML state documents of the shared corpus. Outside this workspace point
 * COUNCIL_CORPUS_DIR at a copy of the corpus.
 */
export const vmixCorpusDir = path.join(
  process.env["COUNCIL_CORPUS_DIR"] ?? path.resolve(__dirname, "../../../shared/corpus"),
  "vmix",
);

/** The file names of every XML state document in the corpus, sorted. */
export function vmixCorpusFiles(): string[] {
  return readdirSync(vmixCorpusDir)
    .filter((name) => name.endsWith(".xml"))
    .sort();
}

/** One corpus document as vMix sent it (bare `&` and all). */
export function readVmixCorpus(name: string): string {
  return readFileSync(path.join(vmixCorpusDir, name), "utf8");
}

/** The richest document: a live-streamed production with 51 inputs, a GT title and a bare `&`. */
export const churchService = "vmixhelper_v25_church_service_2022-04-17.xml";
