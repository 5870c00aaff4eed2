/**
 * The one interface the panel talks to. Each host implements it (Excel: Office.js; Sheets:
 * google.script.run to server functions; preview: an in-memory workbook). Everything that crosses
 * it is plain data (numbers, strings, booleans, null, arrays, objects), so that it survives
 * google.script.run's serialisation, and every method is one user action = one host round trip.
 * No DOM and no host API here: the Sheets server code imports these types too.
 */
import { LANGS, templateName, type TemplateOptions } from '@boussole/core';

/** One cell as read: Excel gives null for an empty cell, Sheets "" (dates arrive as text). */
export type CellValue = string | number | boolean | null;

/** A rectangle of cell values and where it sits: 1-based row and column of values[0][0]. */
export interface SheetBlock {
  sheet: string;
  row: number;
  column: number;
  values: CellValue[][];
}

/**
 * What a read returns: the places where a project table may be, in the order the panel tries them
 * (the selection when it spans more than one cell, the active sheet, the priority-scoring sheet).
 */
export interface ReadResult {
  blocks: SheetBlock[];
}

/** The names the priority-scoring sheet may have (one per language) that a read looks for. */
export const SCORING_SHEETS: readonly string[] = LANGS.map((lang) =>
  templateName('priority-scoring', lang)
);

/**
 * A read's blocks in the one order both bridges use: the selection, the active sheet, then the
 * scoring sheets other than the active one. Hosts pass what they found (undefined: nothing there).
 */
export function readOrder(found: {
  selection: SheetBlock | undefined;
  active: SheetBlock | undefined;
  scoring: readonly SheetBlock[];
}): ReadResult {
  const { selection, active, scoring } = found;
  const others = scoring.filter((b) => b.sheet !== active?.sheet);
  return { blocks: [selection, active, ...others].filter((b) => b !== undefined) };
}

/**
 * New result columns: a header row of plain text (each host writes it as literal text, whatever it
 * starts with) and, under it, `rows` rows of live formulas.
 * Each column's formula is the same for every row in R1C1 notation (references relative to the
 * cell), so the request stays small whatever the number of rows. `overwrite: false` asks the host
 * to write nothing when a target cell is not empty and report those cells instead.
 */
export interface WriteRequest {
  sheet: string;
  /** 1-based row of the header row; the formula rows follow it. */
  row: number;
  /** 1-based first column written. */
  column: number;
  headers: string[];
  /** One R1C1 formula per header, English function names and "," separators. */
  formulasR1C1: string[];
  rows: number;
  /** One number format per column (a code both hosts read), null to leave the cells' format. */
  numberFormats: (string | null)[];
  overwrite: boolean;
}

export type WriteResult =
  | { status: 'written'; address: string }
  /** `cells` holds the first few non-empty A1 addresses; `count` how many there are in all. */
  | { status: 'conflict'; cells: string[]; count: number };

/** An impact/effort scatter chart drawn in the sheet from live ranges (1-based positions). */
export interface ChartRequest {
  sheet: string;
  /** First and last data rows (the header row is just above). */
  firstRow: number;
  lastRow: number;
  /** Column of the x values (effort) and of the y values (impact). */
  xColumn: number;
  yColumn: number;
  /** Top-left cell of the chart. */
  anchorRow: number;
  anchorColumn: number;
  title: string;
  xTitle: string;
  yTitle: string;
}

export interface InsertResult extends ReadResult {
  sheet: string;
}

export interface HostBridge {
  /** Reads the candidate blocks; never throws for an empty workbook (blocks: []). */
  readTable(): Promise<ReadResult>;
  writeResults(request: WriteRequest): Promise<WriteResult>;
  /**
   * Inserts the priority-scoring template (the only one the panel offers) and reads it back in the
   * same user action: the name of the sheet created and its block.
   */
  insertScoringSheet(options: TemplateOptions): Promise<InsertResult>;
  drawChart(request: ChartRequest): Promise<void>;
}

/**
 * The Portfolio view's Funded column: one plain value per register row (1/0 or a word, '' for a
 * row not read) under a header, the budget and date in the header's note (docs/panel.md).
 */
export interface ColumnWrite {
  sheet: string;
  /** 1-based header row; the values go in the rows below it. */
  row: number;
  column: number;
  header: string;
  /** Shown as the header cell's note (comment). */
  note: string;
  values: (string | number)[];
  /** false: write nothing when a target cell is not empty, report those cells instead. */
  overwrite: boolean;
}

/**
 * What a host adds to the HostBridge for the Portfolio view (an optional capability: a host
 * without it still reads the register with readTable, and the view says it cannot write).
 */
export interface PortfolioHost {
  /** The selection, the active sheet, then the portfolio register's sheet. */
  readPortfolio(): Promise<ReadResult>;
  writeColumn(request: ColumnWrite): Promise<WriteResult>;
}

/** The register's sheet names (one per language, as the portfolio template names its sheet). */
export const PORTFOLIO_SHEETS: readonly string[] = LANGS.map((lang) =>
  templateName('portfolio', lang)
);

/** A header's own text: its first line (a host without notes appends the note below it). */
export const headerLine = (text: string): string => text.split('\n')[0];

/**
 * The header cell's text for a host that cannot attach a note (Excel before ExcelApi 1.10, see
 * docs/panel.md): the header, then the note on a second line; a rewrite replaces the old note.
 */
export const headerWithNote = (header: string, note: string): string =>
  `${headerLine(header)}\n${note}`;

/** How many conflicting addresses a WriteResult lists by name. */
export const CONFLICTS_LISTED = 8;
