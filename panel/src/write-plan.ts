/**
 * What the panel asks a host to write: score, rank and quadrant as live native formulas in new
 * columns right of the table, and the in-sheet chart over the same live cells. Formulas only
 * reference cells: a project name never enters a formula or a written text.
 */
import {
  clean,
  columnRangeR1C1,
  quadrantFormula,
  rankFormula,
  sameRowRef,
  SCORE_COLUMNS,
  scoreFormula,
  unlessBlank,
  type Lang,
  type PriorityRefs,
  type Text,
} from '@boussole/core';
import type { ChartRequest, WriteRequest } from './protocol/bridge';
import { headerKey, type Mapping } from './headers';
import type { Settings } from './ranking';
import type { ProjectTable } from './table';

/** Headers of the written columns: named after the add-in so a later write recognises them. */
export const OUTPUT_HEADERS: readonly Text[] = SCORE_COLUMNS.map((c) => c.header);
const NUMBER_FORMATS = SCORE_COLUMNS.map((c) => c.format);

/**
 * Where the result columns go: over the add-in's own columns when the table already ends with them
 * (a second write; the host still asks before replacing them), else just right of the table.
 */
export function outputColumn(table: ProjectTable): number {
  const n = OUTPUT_HEADERS.length;
  const tail = table.headers.slice(-n).map(headerKey);
  const ours = OUTPUT_HEADERS.every(
    (h, i) => tail[i] === headerKey(h.fr) || tail[i] === headerKey(h.en)
  );
  return ours ? table.lastColumn - n + 1 : table.lastColumn + 1;
}

/** The four criteria as R1C1 references from a cell of the given column, on the same row. */
function refsFrom(table: ProjectTable, mapping: Mapping, column: number): PriorityRefs {
  const at = (i: number | undefined): string => {
    if (i === undefined) throw new Error('unmapped criterion');
    return sameRowRef(table.firstColumn + i - column);
  };
  return {
    impact: at(mapping.impact),
    effort: at(mapping.effort),
    risk: at(mapping.risk),
    alignment: at(mapping.alignment),
  };
}

/** The write request for the table; `overwrite` starts false so that the host reports conflicts. */
export function planWrite(
  table: ProjectTable,
  mapping: Mapping,
  s: Settings,
  lang: Lang
): WriteRequest {
  const column = outputColumn(table);
  const first = table.headerRow + 1;
  const last = table.headerRow + table.rows.length;
  const quadrantRefs = refsFrom(table, mapping, column + 2);
  const [wi, we, wr, wa] = s.weights.map(clean);
  return {
    sheet: table.sheet,
    row: table.headerRow,
    column,
    headers: OUTPUT_HEADERS.map((h) => h[lang]),
    formulasR1C1: [
      scoreFormula(refsFrom(table, mapping, column), [wi, we, wr, wa], s.direction),
      unlessBlank(rankFormula('RC[-1]', columnRangeR1C1(first, last, column)), 'RC[-1]'),
      unlessBlank(
        quadrantFormula(quadrantRefs.impact, quadrantRefs.effort, s.threshold, lang, s.direction),
        'RC[-2]'
      ),
    ],
    rows: table.rows.length,
    numberFormats: NUMBER_FORMATS,
    overwrite: false,
  };
}

/** The in-sheet impact/effort chart, placed right of the result columns. */
export function planChart(
  table: ProjectTable,
  mapping: Mapping,
  titles: { title: string; xTitle: string; yTitle: string }
): ChartRequest {
  if (mapping.impact === undefined || mapping.effort === undefined) {
    throw new Error('unmapped criterion');
  }
  return {
    sheet: table.sheet,
    firstRow: table.headerRow + 1,
    lastRow: table.headerRow + table.rows.length,
    xColumn: table.firstColumn + mapping.effort,
    yColumn: table.firstColumn + mapping.impact,
    anchorRow: table.headerRow,
    anchorColumn: outputColumn(table) + OUTPUT_HEADERS.length + 1,
    ...titles,
  };
}
