/** The typing of the fakes: real Apps Script interfaces with fake return types; world options. */
import type { FakeChartBuilder } from './charts';
import type {
  FakeConditionalFormatRuleBuilder,
  FakeDataValidationBuilder,
  FakeTextStyleBuilder,
} from './builders';
import type { FakeHtmlOutput, FakeHtmlTemplate } from './html';
import type { FakeProtection } from './protection';
import type { FakeRange } from './range';
import type { FakeRangeList } from './range-list';
import type { FakeSheet } from './sheet';
import type { FakeSpreadsheet } from './spreadsheet';
import type { FakeMenu, FakeUi } from './ui';

export type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
export type GRange = GoogleAppsScript.Spreadsheet.Range;
export type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type GApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
export type GUi = GoogleAppsScript.Base.Ui;
export type GMenu = GoogleAppsScript.Base.Menu;
export type GHtmlOutput = GoogleAppsScript.HTML.HtmlOutput;
export type GHtmlService = GoogleAppsScript.HTML.HtmlService;
export type GSession = GoogleAppsScript.Base.Session;
export type GDvBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
export type GCfBuilder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
export type GChartBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

/** Real return types swapped for the fake ones, so fakes can be typed against the real interfaces. */
type Swap<R> = R extends GRange
  ? FakeRange
  : R extends GSheet
    ? FakeSheet
    : R extends GSpreadsheet
      ? FakeSpreadsheet
      : R extends GMenu
        ? FakeMenu
        : R extends GHtmlOutput
          ? FakeHtmlOutput
          : R extends GoogleAppsScript.HTML.HtmlTemplate
            ? FakeHtmlTemplate
            : R extends GDvBuilder
              ? FakeDataValidationBuilder
              : R extends GCfBuilder
                ? FakeConditionalFormatRuleBuilder
                : R extends GChartBuilder
                  ? FakeChartBuilder
                  : R extends GoogleAppsScript.Spreadsheet.TextStyleBuilder
                    ? FakeTextStyleBuilder
                    : R extends GoogleAppsScript.Spreadsheet.RangeList
                      ? FakeRangeList
                      : R extends GoogleAppsScript.Spreadsheet.Protection
                        ? FakeProtection
                        : R extends GoogleAppsScript.Base.Ui
                          ? FakeUi
                          : R extends (infer E)[]
                            ? Swap<E>[]
                            : R extends null
                              ? null
                              : R;

/**
 * The named methods of a real Apps Script interface with fake return types. Overloaded methods are
 * checked against their last overload; the names are what this guards.
 */
export type Faked<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => infer R ? (...args: A) => Swap<R> : never;
};

export type AuthModeName = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';

export interface FakeSheetsOptions {
  /**
   * What Session.getActiveUserLocale() returns ('' when Apps Script gives no locale); an Error is
   * thrown instead, in custom functions only (they run as an anonymous user).
   */
  userLocale?: string | Error;
  /** What Spreadsheet.getSpreadsheetLocale() returns. */
  spreadsheetLocale?: string;
  /** The mode services run in; see setAuthMode. Default FULL. */
  authMode?: AuthModeName;
  /**
   * HTML files of the project, by name without ".html", for createHtmlOutputFromFile and
   * createTemplateFromFile; a name not given is read from the built project (dist/sheets).
   */
  htmlFiles?: Record<string, string>;
  /** Sheets that exist before the test, by name, each as rows of values (text "=…" is a formula). */
  sheets?: Record<string, unknown[][]>;
}

/** Thrown the way Apps Script refuses a service in the current authorization mode. */
export class FakePermissionError extends Error {}
