/** Writes the templates to an .xlsx workbook with ExcelJS. */
import ExcelJS from 'exceljs';
import {
  buildTemplate,
  isTemplateId,
  TEMPLATE_IDS,
  unknownTemplate,
  type Lang,
  type TemplateId,
} from '@boussole/core';
import { drawSheet } from './render-xlsx';
import { writeFileSafely } from './safe-write';
import { addCharts, type SheetCharts } from './xlsx-charts';

export interface WorkbookOptions {
  lang?: Lang;
  examples?: boolean;
  /** Template ids to write, in this order; all 12 when absent or empty. */
  only?: string[];
}

/** The ids to write, checked: an unknown id is an error naming the valid ones. */
export function selectTemplates(only: readonly string[] | undefined, lang: Lang): TemplateId[] {
  if (!only || only.length === 0) return [...TEMPLATE_IDS];
  for (const id of only) if (!isTemplateId(id)) throw unknownTemplate(id, lang);
  return [...new Set(only as TemplateId[])];
}

export function buildWorkbook(options: WorkbookOptions = {}): ExcelJS.Workbook {
  return drawWorkbook(options).workbook;
}

/** The workbook, and the charts each sheet asks for (ExcelJS cannot write them). */
function drawWorkbook(options: WorkbookOptions): {
  workbook: ExcelJS.Workbook;
  charts: SheetCharts[];
} {
  const lang = options.lang ?? 'fr';
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Boussole';
  // No cached results are written: hosts compute every formula when the file opens.
  workbook.calcProperties.fullCalcOnLoad = true;
  const charts: SheetCharts[] = [];
  for (const id of selectTemplates(options.only, lang)) {
    const spec = buildTemplate(id, { lang, examples: options.examples ?? false });
    const ws = drawSheet(workbook, spec);
    charts.push({
      part: `xl/worksheets/sheet${ws.id}.xml`,
      sheet: ws.name,
      charts: spec.charts ?? [],
    });
  }
  return { workbook, charts };
}

/** The .xlsx file's bytes: ExcelJS's package with the charts' DrawingML parts added. */
export async function workbookBuffer(options: WorkbookOptions = {}): Promise<Buffer> {
  const { workbook, charts } = drawWorkbook(options);
  return addCharts(Buffer.from(await workbook.xlsx.writeBuffer()), charts);
}

/** Builds the whole file in memory, then writes it safely: an existing file needs `force`. */
export async function writeWorkbook(
  file: string,
  options: WorkbookOptions & { force?: boolean }
): Promise<void> {
  const bytes = new Uint8Array(await workbookBuffer(options));
  await writeFileSafely(file, bytes, { force: options.force });
}
