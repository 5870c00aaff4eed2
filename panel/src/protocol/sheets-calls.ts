/**
 * The Apps Script functions behind the Sheets bridge: one top-level server function per
 * HostBridge and PortfolioHost method, called through google.script.run. The client and the server both use these
 * names; the Sheets build declares one top-level function per value (sheets-addon/src/bridge-server.ts).
 */
import type { HostBridge, PortfolioHost } from './bridge';

export const SHEETS_CALLS = {
  readTable: 'panelReadTable',
  writeResults: 'panelWriteResults',
  insertScoringSheet: 'panelInsertScoringSheet',
  drawChart: 'panelDrawChart',
  readPortfolio: 'panelReadPortfolio',
  writeColumn: 'panelWriteColumn',
} as const satisfies Record<keyof (HostBridge & PortfolioHost), string>;
