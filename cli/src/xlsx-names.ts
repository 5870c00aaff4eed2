/**
 * ExcelJS's defined names, repaired in the written workbook part (docs/templates.md "Print"): a
 * sheet name holding a quote is doubled as a formula reference needs, and a sheet's several print
 * ranges, which ExcelJS writes as one `_xlnm.Print_Area` name each, become one name listing them
 * (Excel and LibreOffice print only the last of duplicate names).
 */

const PRINT_AREA =
  /<definedName name="_xlnm\.Print_Area" localSheetId="(\d+)">([^<]*)<\/definedName>/g;

/** `book` (xl/workbook.xml) with the names of `sheets` (the sheets' names) repaired. */
export function repairDefinedNames(book: string, sheets: readonly string[]): string {
  let out = book;
  for (const sheet of sheets.filter((s) => s.includes("'"))) {
    // ExcelJS writes "Cas d'usage" with the inner quote not doubled, which LibreOffice mangles.
    const q = (name: string) => `&apos;${name.replace(/'/g, '&apos;')}&apos;!`;
    out = out.split(q(sheet)).join(q(sheet.replace(/'/g, "''")));
  }
  const ranges = new Map<string, string[]>();
  for (const [, id, range] of out.matchAll(PRINT_AREA))
    ranges.set(id, [...(ranges.get(id) ?? []), range]);
  const written = new Set<string>();
  return out.replace(PRINT_AREA, (_, id: string) => {
    if (written.has(id)) return '';
    written.add(id);
    return `<definedName name="_xlnm.Print_Area" localSheetId="${id}">${ranges.get(id)!.join(',')}</definedName>`;
  });
}
