/**
 * A fake Apps Script world (SpreadsheetApp, Session, HtmlService, ScriptApp) to run dist/sheets/Code.js
 * in node:vm. Every fake class is checked against @types/google-apps-script with `Faked<…>`, so a
 * method name cannot drift from the real API. Every call on every fake object is counted (through a
 * Proxy), so tests can require a constant number of batched range calls per user action.
 *
 * What it models of real Sheets: setValues with text starting "=" stores a formula, a leading "'"
 * keeps the rest as literal text; getValues returns "" for empty cells; formulas are NOT computed
 * (their value reads as ""); insertSheet refuses an existing name; AuthMode.NONE refuses every
 * document access; CUSTOM_FUNCTION refuses UI and writes.
 *
 * Other helpers may extend it additively (new methods, new options); keep existing behaviour.
 */
export {
  FakeConditionalFormatRuleBuilder,
  FakeDataValidationBuilder,
  FakeTextStyleBuilder,
  type FakeConditionalFormatRule,
  type FakeDataValidation,
  type FakeTextStyle,
} from './builders';
export {
  CallLog,
  DOCUMENT_SERVICES,
  isBuilderCall,
  isDocumentCall,
  TEMPLATE_CALLS_CEILING,
} from './call-log';
export { parseA1, type FakeCell } from './cells';
export { FakeChartBuilder, type FakeChart } from './charts';
export { FakeHtmlOutput, FakeHtmlService, FakeHtmlTemplate } from './html';
export { FakeProtection } from './protection';
export { FakeRange } from './range';
export { FakeRangeList } from './range-list';
export { FakeSession } from './session';
export { FakeSheet } from './sheet';
export { FakeSpreadsheet } from './spreadsheet';
export { FakeSpreadsheetApp } from './spreadsheet-app';
export {
  FakePermissionError,
  type AuthModeName,
  type Faked,
  type FakeSheetsOptions,
} from './types';
export { FakeMenu, FakeUi, type FakeMenuItem } from './ui';
export { callAs, FakeSheetsWorld, loadAppsScript } from './world';
