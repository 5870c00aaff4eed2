/**
 * The project table inside what a host read: which block, which header row, which columns, which
 * rows; then every row checked. Invalid rows are kept with their sheet row number and the reason,
 * never dropped.
 */
import { isBlank, parseNumberText, SCORE_MAX, SCORE_MIN } from '@boussole/core';
import type { CellValue, SheetBlock } from './protocol/bridge';
import { cellsFrom, cellText } from './protocol/cells';
import { CRITERION_KEYS, FIELDS, matchHeaders, type Criterion, type Mapping } from './headers';

/** How far down a block the header row is looked for (a template has a weights block above it). */
const HEADER_SEARCH_ROWS = 60;

export interface ProjectTable {
  sheet: string;
  /** 1-based sheet row of the header row; data rows are headerRow + 1 … headerRow + rows.length. */
  headerRow: number;
  /** 1-based sheet column of the table's first and last columns. */
  firstColumn: number;
  lastColumn: number;
  /** Header texts from firstColumn to lastColumn. */
  headers: string[];
  /** Data rows, firstColumn to lastColumn, blank rows inside the table included (see blankRows). */
  rows: CellValue[][];
  /** 1-based sheet rows inside the table whose recognised columns are all blank: read past, said. */
  blankRows: number[];
  /** Column indexes (0 = firstColumn) found from the header names; the user may change them. */
  mapping: Mapping;
}

/** A number, or text that reads as one: a row meant to be scored, even if wrongly typed. */
const looksLikeScore = (v: CellValue | undefined): boolean =>
  typeof v === 'number' || (typeof v === 'string' && typeof parseNumberText(v) === 'number');

/** How well a row looks like the table's header row: criteria found count most, a name column helps. */
function headerScore(m: Mapping): number {
  const criteria = CRITERION_KEYS.filter((k) => m[k] !== undefined).length;
  return criteria >= 2 ? criteria * 2 + (m.name === undefined ? 0 : 1) : 0;
}

/** How many projects a table holds: its rows less the blank rows read past. */
export const projectCount = (t: ProjectTable): number => t.rows.length - t.blankRows.length;

/** The table in one block, or undefined when no row there names at least two criteria. */
function tableIn(block: SheetBlock): ProjectTable | undefined {
  let best: { index: number; mapping: Mapping; score: number } | undefined;
  block.values.slice(0, HEADER_SEARCH_ROWS).forEach((row, index) => {
    const mapping = matchHeaders(row);
    const score = headerScore(mapping);
    if (score > (best?.score ?? 0)) best = { index, mapping, score };
  });
  if (!best) return undefined;
  const header = block.values[best.index];
  const bestMapping = best.mapping;
  const found = Object.values(best.mapping).filter((i): i is number => i !== undefined);
  // The table spans the run of non-blank headers around the recognised ones.
  let first = Math.min(...found);
  let last = Math.max(...found);
  while (first > 0 && !isBlank(header[first - 1])) first--;
  while (last + 1 < header.length && !isBlank(header[last + 1])) last++;
  // Blank rows inside the table are read past (and listed); it ends at the last row with data
  // before a gap after which no row holds a score (notes under a table, a template's computed
  // columns down empty rows: those do not make a row a project).
  const rows: CellValue[][] = [];
  const blank: number[] = [];
  let gap: number[] = [];
  const criteria = CRITERION_KEYS.flatMap((k) => bestMapping[k] ?? []);
  const slice = (line: readonly CellValue[]) => cellsFrom(line, first, last - first + 1);
  for (let i = best.index + 1; i < block.values.length; i++) {
    const line = block.values[i];
    if (found.every((c) => isBlank(line[c]))) {
      gap.push(block.row + i);
      continue;
    }
    if (gap.length && !criteria.some((c) => looksLikeScore(line[c]))) break;
    gap.forEach(() => rows.push(slice([])));
    blank.push(...gap);
    gap = [];
    rows.push(slice(line));
  }
  const mapping = Object.fromEntries(
    Object.entries(best.mapping).map(([f, i]) => [f, i === undefined ? undefined : i - first])
  ) as Mapping;
  return {
    sheet: block.sheet,
    headerRow: block.row + best.index,
    firstColumn: block.column + first,
    lastColumn: block.column + last,
    headers: header.slice(first, last + 1).map(cellText),
    rows,
    blankRows: blank,
    mapping,
  };
}

/** The first block, in the host's order, that holds a project table. */
export function locateTable(blocks: readonly SheetBlock[]): ProjectTable | undefined {
  for (const block of blocks) {
    const table = tableIn(block);
    if (table) return table;
  }
  return undefined;
}

export type Problem = 'blank' | 'text' | 'numericText' | 'range';

export interface ProjectRow {
  /** 1-based sheet row. */
  row: number;
  /** The project name as plain text ('' when the table has no name column or the cell is blank). */
  name: string;
  scores: Record<Criterion, number>;
}

export interface InvalidRow {
  row: number;
  name: string;
  problems: { criterion: Criterion; problem: Problem; value: string }[];
}

/**
 * Why a cell cannot be scored, or undefined when it is a number from 0 to 10. Numeric text is
 * refused too: the live formulas written back would not compute it either.
 */
export function cellProblem(v: CellValue): Problem | undefined {
  if (isBlank(v)) return 'blank';
  if (typeof v === 'number') {
    return Number.isFinite(v) && v >= SCORE_MIN && v <= SCORE_MAX ? undefined : 'range';
  }
  return typeof v === 'string' && typeof parseNumberText(v) === 'number' ? 'numericText' : 'text';
}

export function parseRows(
  table: ProjectTable,
  mapping: Mapping
): { valid: ProjectRow[]; invalid: InvalidRow[] } {
  const valid: ProjectRow[] = [];
  const invalid: InvalidRow[] = [];
  const used = FIELDS.flatMap((f) => mapping[f] ?? []);
  table.rows.forEach((cells, i) => {
    const row = table.headerRow + 1 + i;
    if (used.every((c) => isBlank(cells[c]))) return;
    const name = mapping.name === undefined ? '' : cellText(cells[mapping.name] ?? null).trim();
    const problems: InvalidRow['problems'] = [];
    const scores = {} as Record<Criterion, number>;
    for (const criterion of CRITERION_KEYS) {
      const index = mapping[criterion];
      const v = index === undefined ? null : (cells[index] ?? null);
      const problem = cellProblem(v);
      if (problem) problems.push({ criterion, problem, value: cellText(v) });
      else scores[criterion] = v as number;
    }
    if (problems.length) invalid.push({ row, name, problems });
    else valid.push({ row, name, scores });
  });
  return { valid, invalid };
}
