/**
 * The Funded column the Portfolio view writes back: one value per row of the register (1/0 or
 * Oui/Non, Yes/No), blank for rows that could not be read, the budget and date in the header's
 * note. Values only: nothing the user typed (a name) is written. A host that can write it
 * implements the protocol's PortfolioHost.
 */
import type { ColumnWrite, HostBridge, PortfolioHost } from '../protocol/bridge';
import { tp as t } from './i18n';
import type { Lang } from '@boussole/core';
import type { PortfolioTable } from './table';

export const canWriteColumn = (b: HostBridge): b is HostBridge & PortfolioHost =>
  'writeColumn' in b && 'readPortfolio' in b;

export type FundedFormat = 'number' | 'word';

export function planFunded(
  table: PortfolioTable,
  fundedRows: ReadonlySet<number>,
  readRows: ReadonlySet<number>,
  format: FundedFormat,
  note: { budget: string; date: string },
  lang: Lang
): ColumnWrite {
  const yes = format === 'number' ? 1 : t('yes', lang);
  const no = format === 'number' ? 0 : t('no', lang);
  const existing = table.columns.funded;
  const at = existing ?? table.headers.length;
  return {
    sheet: table.sheet,
    row: table.headerRow,
    column: table.firstColumn + at,
    // An existing Funded column keeps its header (the user's or the template's text).
    header: existing === undefined ? t('fundedHeader', lang) : table.headers[existing],
    note: t('fundedNote', lang, note.budget, note.date),
    values: table.rows.map((_, i) => {
      const row = table.headerRow + 1 + i;
      return readRows.has(row) ? (fundedRows.has(row) ? yes : no) : '';
    }),
    overwrite: false,
  };
}
