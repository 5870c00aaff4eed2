/** Inserting never replaces a sheet: a clash gets "Name (2)", "Name (3)"… within 31 characters. */

export const MAX_SHEET_NAME = 31;

/** Hosts compare sheet names without case. */
const key = (name: string): string => name.toLocaleLowerCase();

export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map(key));
  const trimmed = base.slice(0, MAX_SHEET_NAME);
  if (!taken.has(key(trimmed))) return trimmed;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    if (!taken.has(key(name))) return name;
  }
}
