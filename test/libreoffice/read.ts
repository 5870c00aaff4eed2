/** Reading a cell of a workbook LibreOffice recalculated: its formula, its result or its error. */
import type ExcelJS from 'exceljs';

export type Result = string | number | boolean | Date | null | undefined;
export interface Read {
  formula?: string;
  result: Result;
  error?: string;
}

export function read(cell: ExcelJS.Cell): Read {
  const v = cell.value as unknown;
  if (v && typeof v === 'object' && 'formula' in v) {
    const { formula, result } = v as { formula: string; result?: unknown };
    if (result && typeof result === 'object' && 'error' in result)
      return { formula, result: null, error: String((result as { error: string }).error) };
    return { formula, result: result as Result };
  }
  if (v && typeof v === 'object' && 'error' in v)
    return { result: null, error: String((v as { error: string }).error) };
  return { result: v as Result };
}

/** A date cell as a spreadsheet serial number (days since 1899-12-30). */
export const serial = (d: Result): number =>
  d instanceof Date ? Math.round((d.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000) : NaN;

/** Every error cell of a sheet, as "B7 formula → #VALUE!". */
export function errorCells(ws: ExcelJS.Worksheet): string[] {
  const errors: string[] = [];
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      const r = read(cell);
      if (r.error) errors.push(`${cell.address} ${r.formula ?? ''} → ${r.error}`);
    })
  );
  return errors;
}
