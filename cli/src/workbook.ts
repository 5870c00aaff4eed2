/** Writes the templates to an .xlsx workbook with ExcelJS. */
import type { Lang } from '@boussole/core';

export interface WorkbookOptions {
  lang?: Lang;
  examples?: boolean;
  only?: string[];
}

export async function writeWorkbook(file: string, options: WorkbookOptions): Promise<void> {
  void file;
  void options;
  throw new Error('writeWorkbook: not implemented yet');
}
