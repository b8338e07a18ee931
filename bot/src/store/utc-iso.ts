/**
 * One text form for every stored time, so that times compare correctly as strings in SQL and in
 * memory alike. Throws RangeError for a string that is not a date.
 */
export function utcIso(value: string): string {
  return new Date(value).toISOString();
}
