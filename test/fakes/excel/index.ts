/**
 * A fake of the Office.js Excel API for Node tests: an in-memory workbook plus request-context
 * proxies that behave like Office.js where bugs hide.
 *
 * - Every `context.sync()` is counted (per context, per workbook, and the implicit flush
 *   `Excel.run` does when commands are still queued), so tests can hold code to its round-trip budget.
 * - Loaded-property rule: reading a property throws unless it was set locally or loaded and then
 *   synced, exactly like Office.js ("The property 'values' is not available …"); `isNullObject`
 *   is readable after any sync following the call that created the object.
 * - Writes land in order, as the queued commands would; errors (name clash, bad dimensions,
 *   missing sheet) reject the next `sync()` with an error carrying Office's `code`.
 * - A string written through `values` or `formulas` is parsed as Excel parses typed input: "=…",
 *   "+…", "-…" (and "@…", which Excel's UI also treats as a formula) become formulas, so a test
 *   catches formula injection; a leading "'" keeps the rest as text; "12.5", "TRUE" become a
 *   number and a boolean; a cell formatted "@" keeps any string as text. `null` leaves a cell as is.
 * - Formula cells read back through `values` as `workbook.evaluate(formula, …)` (default "#FORMULA"):
 *   the fake does not compute; pass an evaluator when a test needs results.
 *
 * Each proxy class `implements Surface<Excel.X, …>`: its member names and parameter lists are
 * checked against @types/office-js, so they cannot drift from the real API. Helpers may extend these
 * files additively (new members, new proxies), keeping that typing.
 */

export {
  MAX_COLS,
  MAX_ROWS,
  columnIndex,
  formatAddress,
  parseAddress,
  quoteSheet,
} from './address';
export type { Rect } from './address';
export { FakeOfficeError } from './office-error';
export type {
  ChartRecord,
  ChartSeriesRecord,
  ConditionalFormatRecord,
  FakeCell,
  FakeValidation,
  PageLayoutRecord,
  Scalar,
} from './records';
export { FakeSheet } from './sheet';
export { FakeWorkbook } from './workbook';
export type { FakeWorkbookOptions } from './workbook';
export { installFakeExcel, installFakeOffice } from './install';
export { FakeRequestContext } from './context';
export { FakeClientResult, FakeProxy } from './proxy';
export type { Surface } from './proxy';
export { FakeWorkbookProxy, FakeWorksheetCollection } from './workbook-proxy';
export { FakeFreezePanes, FakeWorksheet } from './worksheet';
export { FakeRange } from './range';
export {
  FakeFormatProtection,
  FakeRangeBorder,
  FakeRangeBorderCollection,
  FakeRangeFill,
  FakeRangeFont,
  FakeRangeFormat,
} from './range-format';
export { FakeDataValidation } from './validation';
export { FakeConditionalFormat, FakeConditionalFormatCollection } from './conditional-formats';
export {
  FakeChart,
  FakeChartCollection,
  FakeChartSeries,
  FakeChartSeriesCollection,
} from './charts';
export { FakeHeaderFooter, FakePageLayout } from './page-layout';
export { FakeWorksheetProtection } from './protection';
export { FakeNamedItemCollection } from './names';
export { FakeComment, FakeCommentCollection } from './comments';
