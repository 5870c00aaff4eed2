/// <reference types="google.script.client-side" />
/**
 * The Sheets HostBridge on the sidebar side: each method is exactly one google.script.run call to
 * the server function of the same role (sheets-addon/src/bridge-server.ts).
 */
import { SHEETS_CALLS, type HostBridge, type PortfolioHost } from '@boussole/panel/protocol';

function call<T>(name: string, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value: T) => resolve(value))
      .withFailureHandler((error: Error) => reject(error));
    // Requests are plain data, which google.script.run accepts; its typings only lack the interfaces.
    runner[name](...(args as google.script.Parameter[]));
  });
}

export function createSheetsBridge(): HostBridge & PortfolioHost {
  return {
    readTable: () => call(SHEETS_CALLS.readTable),
    writeResults: (request) => call(SHEETS_CALLS.writeResults, request),
    insertScoringSheet: (options) => call(SHEETS_CALLS.insertScoringSheet, options),
    drawChart: (request) => call(SHEETS_CALLS.drawChart, request),
    readPortfolio: () => call(SHEETS_CALLS.readPortfolio),
    writeColumn: (request) => call(SHEETS_CALLS.writeColumn, request),
  };
}
