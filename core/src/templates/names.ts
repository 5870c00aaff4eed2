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

/**
 * A named range's name for the sheet it lands on: the same as the template's on the first copy,
 * with the clash number on the next ("PS_Threshold_2" on "Priority scoring (2)"), for hosts whose
 * names are workbook-wide (Google Sheets).
 */
export function rangeNameFor(name: string, sheetName: string): string {
  const clash = / \((\d+)\)$/.exec(sheetName);
  return clash ? `${name}_${clash[1]}` : name;
}
