/**
 * The panel's own write-back path, host-neutral: read the project table through a bridge, find it,
 * plan score/rank/quadrant formulas with the default settings. The bench and the safety suite put
 * a generated portfolio in a fake workbook and drive the real panel code over it.
 */
import { templateName, type Lang } from '@boussole/core';
import type { CellValue, HostBridge, WriteRequest } from '@boussole/panel/protocol';
import { generatedProjects, projectHeaders } from '../../panel/src/demo';
import { DEFAULT_SETTINGS } from '../../panel/src/ranking';
import { locateTable } from '../../panel/src/table';
import { planWrite } from '../../panel/src/write-plan';

export const PORTFOLIO_SIZES = [10, 10_000] as const;

export interface Portfolio {
  sheet: string;
  /** Row 1 title, row 2 blank, row 3 headers, then the projects (as the preview's demo sheet). */
  rows: CellValue[][];
}

export function portfolio(count: number, lang: Lang, names?: (i: number) => string): Portfolio {
  const projects = generatedProjects(lang, count).map((p, i) => {
    const row: CellValue[] = [...p];
    if (names) row[0] = names(i);
    return row;
  });
  return {
    sheet: templateName('priority-scoring', lang),
    rows: [['Boussole'], [], projectHeaders(lang), ...projects],
  };
}

/** What the panel asks the host to write after reading the table through the bridge. */
export async function planFromBridge(bridge: HostBridge, lang: Lang): Promise<WriteRequest> {
  const read = await bridge.readTable();
  const table = locateTable(read.blocks);
  if (!table) throw new Error('the panel found no project table in what the bridge read');
  return planWrite(table, table.mapping, DEFAULT_SETTINGS, lang);
}
