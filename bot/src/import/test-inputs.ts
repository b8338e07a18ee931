import { readFileSync } from "node:fs";
import path from "node:path";

import type { InputFile } from "./input-file";

/**
 * The shared corpus of real published records. Outside this workspace point
 * COUNCIL_CORPUS_DIR at a copy; the files are not redistributed with the code.
 */
const CORPUS_DIR =
  process.env["COUNCIL_CORPUS_DIR"] ?? path.resolve(__dirname, "../../../../shared/corpus");

/** Where a real published vote file of the corpus lies. */
export function corpusPath(name: string): string {
  return path.join(CORPUS_DIR, "council-votes", name);
}

/** A real published file from the corpus, read as bytes. */
export function corpusFile(name: string): InputFile {
  return { name, content: readFileSync(corpusPath(name)) };
}

/** A made-up input from this folder's fixtures, read as bytes. */
export function fixtureFile(name: string): InputFile {
  return { name, content: readFileSync(path.join(__dirname, "fixtures", name)) };
}

/** The Prague constitutive session of 3 Nov 2022 as published. */
export function pragueFiles(): { voteEvents: InputFile; votes: InputFile; voters: InputFile } {
  return {
    voteEvents: corpusFile("praha_2022-11-03_vote_events.csv"),
    votes: corpusFile("praha_2022-11-03_votes.csv"),
    voters: corpusFile("praha_2022-2026_voters.csv"),
  };
}

export const VSETIN_SESSION = "vsetin_2014-11-06_session201401_full_index.xml";
export const VSETIN_SINGLE_VOTE = "vsetin_2014-11-06_vote0012_all_not_voting.xml";
