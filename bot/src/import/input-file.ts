/** A file handed to a parser: its name for messages, and its content as bytes or decoded text. */
export interface InputFile {
  name: string;
  content: Uint8Array | string;
}
