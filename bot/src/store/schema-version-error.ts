/** The database file was written by a newer version of the service than this one. */
export class SchemaVersionError extends Error {
  override readonly name = "SchemaVersionError";

  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(`database schema version ${found} is newer than the supported ${supported}`);
  }
}
