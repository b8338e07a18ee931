/** Why a package could not be built; the message names the file, variable or rule at fault. */
export type PackageErrorReason =
  | "bad_arguments"
  | "missing_env_file"
  | "bad_env_file"
  | "missing_variable"
  | "missing_file"
  | "invalid_manifest"
  | "unknown_permission";

/** A package that cannot be built as asked: shown to the person running `npm run package`. */
export class PackageError extends Error {
  constructor(
    readonly reason: PackageErrorReason,
    message: string,
  ) {
    super(message);
    this.name = "PackageError";
  }
}
