/**
 * The preview host: an in-memory workbook that behaves like a spreadsheet for the panel (typed
 * numbers become numbers, written formulas are kept as formulas, non-empty cells are reported
 * before a write), so the task-pane page works outside Office.
 */
import {
  a1Range,
  isBlank,
  parseCell,
  parseNumberText,
  r1c1ToA1,
  templateName,
  uniqueSheetName,
  type Lang,
  type SheetSpec,
  type TemplateOptions,
} from '@boussole/core';
import type {
  CellValue,
  ChartRequest,
  ColumnWrite,
  HostBridge,
  PortfolioHost,
  ReadResult,
  SheetBlock,
  WriteRequest,
  WriteResult,
} from './protocol/bridge';
import { PORTFOLIO_SHEETS } from './protocol/bridge';
import { cellsFrom, columnConflicts, findConflicts } from './protocol/cells';
import { demoSheets, type DemoKind } from './demo';

export interface PreviewSheet {
  name: string;
  /** Row-major, ragged: a missing cell is empty. */
  cells: CellValue[][];
  /** "row,column" (0-based) of the cells holding a formula written by the panel. */
  formulas: Set<string>;
  charts: ChartRequest[];
  /** "row,column" (0-based) → the note (comment) on that cell. */
  notes: Map<string, string>;
}

export class PreviewWorkbook {
  sheets: PreviewSheet[] = [];
  active = 0;
  private listeners: (() => void)[] = [];

  constructor(kind: DemoKind, lang: Lang) {
    this.load(kind, lang);
  }

  load(kind: DemoKind, lang: Lang, size?: number, register?: number): void {
    this.sheets = demoSheets(kind, lang, size, register).map((s) => ({
      ...s,
      formulas: new Set(),
      charts: [],
      notes: new Map(),
    }));
    this.active = 0;
    this.changed();
  }

  get activeSheet(): PreviewSheet {
    return this.sheets[this.active];
  }

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  private changed(): void {
    this.listeners.forEach((l) => l());
  }

  /** What a user types into a cell: numbers as a spreadsheet reads them, anything else as text. */
  type(row: number, column: number, input: string): void {
    const n = parseNumberText(input);
    const value = isBlank(input)
      ? null
      : typeof n === 'number' && !/[%€$£]/.test(input)
        ? n
        : input;
    // No change event: the grid the user types in stays as it is (and keeps the focus).
    this.set(this.activeSheet, row, column, value, false);
  }

  private set(
    sheet: PreviewSheet,
    row: number,
    column: number,
    v: CellValue,
    formula: boolean
  ): void {
    while (sheet.cells.length <= row) sheet.cells.push([]);
    const line = sheet.cells[row];
    while (line.length <= column) line.push(null);
    line[column] = v;
    const key = `${row},${column}`;
    if (formula) sheet.formulas.add(key);
    else sheet.formulas.delete(key);
  }

  sheet(name: string): PreviewSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`No sheet named ${name}`);
    return s;
  }

  width(sheet: PreviewSheet): number {
    return sheet.cells.reduce((w, line) => Math.max(w, line.length), 0);
  }

  /** The cells of a rectangle (0-based), empty ones as null. */
  block(
    sheet: PreviewSheet,
    row: number,
    column: number,
    rows: number,
    columns: number
  ): CellValue[][] {
    const out: CellValue[][] = new Array<CellValue[]>(rows);
    for (let r = 0; r < rows; r++) out[r] = cellsFrom(sheet.cells[row + r] ?? [], column, columns);
    return out;
  }

  /** The whole sheet as one block, or none when it is empty. */
  sheetBlocks(sheet: PreviewSheet): SheetBlock[] {
    const values = this.block(sheet, 0, 0, sheet.cells.length, this.width(sheet));
    return values.length ? [{ sheet: sheet.name, row: 1, column: 1, values }] : [];
  }

  /** Formulas are stored as a spreadsheet shows them, in A1 notation. */
  write(req: WriteRequest): WriteResult {
    const sheet = this.sheet(req.sheet);
    const rows = req.rows + 1;
    const columns = req.headers.length;
    const target = this.block(sheet, req.row - 1, req.column - 1, rows, columns);
    const conflict = req.overwrite ? undefined : findConflicts(target, req.row, req.column);
    if (conflict) return conflict;
    req.headers.forEach((h, c) => this.set(sheet, req.row - 1, req.column - 1 + c, h, false));
    for (let r = req.row + 1; r < req.row + rows; r++) {
      req.formulasR1C1.forEach((f, c) =>
        this.set(sheet, r - 1, req.column - 1 + c, r1c1ToA1(f, r, req.column + c), true)
      );
    }
    this.changed();
    return { status: 'written', address: a1Range(req.row, req.column, rows, columns) };
  }

  /** The real priority-scoring template (core's spec), on a new sheet; formulas kept as formulas. */
  insertScoringSheet(options: TemplateOptions, spec: SheetSpec): string {
    const name = uniqueSheetName(
      templateName('priority-scoring', options.lang ?? 'fr'),
      this.sheets.map((s) => s.name)
    );
    const sheet: PreviewSheet = {
      name,
      cells: [],
      formulas: new Set(),
      charts: [],
      notes: new Map(),
    };
    for (const c of spec.cells) {
      const { row, col } = parseCell(c.ref);
      const formula = c.formula !== undefined;
      this.set(
        sheet,
        row - 1,
        col - 1,
        formula ? (c.formula as string) : (c.value ?? null),
        formula
      );
    }
    this.sheets.push(sheet);
    this.active = this.sheets.length - 1;
    this.changed();
    return name;
  }

  /** A column of values under a header with a note; asks (reports conflicts) before replacing. */
  writeColumn(req: ColumnWrite): WriteResult {
    const sheet = this.sheet(req.sheet);
    const r0 = req.row - 1;
    const c0 = req.column - 1;
    const target = [
      [sheet.cells[r0]?.[c0] ?? null],
      ...this.block(sheet, r0 + 1, c0, req.values.length, 1),
    ];
    const conflict = req.overwrite ? undefined : columnConflicts(target, req);
    if (conflict) return conflict;
    this.set(sheet, r0, c0, req.header, false);
    sheet.notes.set(`${r0},${c0}`, req.note);
    req.values.forEach((v, i) => this.set(sheet, r0 + 1 + i, c0, v === '' ? null : v, false));
    this.changed();
    return { status: 'written', address: a1Range(req.row, req.column, req.values.length + 1, 1) };
  }

  /** Shows the sheet of that name, as a user clicking its tab. */
  activate(name: string): void {
    const i = this.sheets.findIndex((x) => x.name === name);
    if (i >= 0 && i !== this.active) {
      this.active = i;
      this.changed();
    }
  }

  drawChart(req: ChartRequest): void {
    this.sheet(req.sheet).charts.push(req);
    this.changed();
  }
}

export interface PreviewBridge extends HostBridge, PortfolioHost {
  readonly workbook: PreviewWorkbook;
}

export const isPreviewBridge = (b: HostBridge): b is PreviewBridge => 'workbook' in b;

/**
 * Core's priority-scoring spec for these options. The host passes it in so that it can load the
 * templates on demand (excel-addin/src/taskpane.ts): the panel opens without them.
 */
export type ScoringTemplate = (options: TemplateOptions) => SheetSpec | Promise<SheetSpec>;

/** A bridge over an in-memory workbook, opening on the four projects of docs/method.md. */
export function createPreviewBridge(
  scoringTemplate: ScoringTemplate,
  lang: Lang = 'fr',
  kind: DemoKind = 'method'
): PreviewBridge {
  const workbook = new PreviewWorkbook(kind, lang);
  return {
    workbook,
    async readTable(): Promise<ReadResult> {
      return { blocks: workbook.sheetBlocks(workbook.activeSheet) };
    },
    async writeResults(req) {
      return workbook.write(req);
    },
    async insertScoringSheet(options) {
      const sheet = workbook.insertScoringSheet(options, await scoringTemplate(options));
      return { sheet, blocks: workbook.sheetBlocks(workbook.sheet(sheet)) };
    },
    async drawChart(req) {
      workbook.drawChart(req);
    },
    async readPortfolio(): Promise<ReadResult> {
      const register = workbook.sheets.find((x) => PORTFOLIO_SHEETS.includes(x.name));
      const sheets = [workbook.activeSheet, ...(register ? [register] : [])];
      return { blocks: [...new Set(sheets)].flatMap((x) => workbook.sheetBlocks(x)) };
    },
    async writeColumn(req) {
      return workbook.writeColumn(req);
    },
  };
}
