/** The world: one spreadsheet, its UI, the services, the call log; loading a script in node:vm. */
import vm from 'node:vm';
import { CallLog, counted } from './call-log';
import { storeValue } from './cells';
import { FakeHtmlService } from './html';
import { FakeRange } from './range';
import { FakeSession } from './session';
import { FakeSheet } from './sheet';
import { FakeSpreadsheet } from './spreadsheet';
import { FakeSpreadsheetApp } from './spreadsheet-app';
import { FakeUi } from './ui';
import { FakePermissionError, type AuthModeName, type FakeSheetsOptions } from './types';

export class FakeSheetsWorld {
  readonly log = new CallLog();
  readonly sheets: FakeSheet[] = [];
  /** The counted spreadsheet the script sees, and the same object uncounted for the fakes. */
  readonly spreadsheet: FakeSpreadsheet;
  readonly rawSpreadsheet: FakeSpreadsheet;
  readonly ui: FakeUi;
  readonly app: FakeSpreadsheetApp;
  readonly session: FakeSession;
  readonly html: FakeHtmlService;
  authMode: AuthModeName;
  active: { sheet: FakeSheet; a1: string } | undefined;
  private readonly proxies = new WeakMap<object, object>();

  constructor(readonly options: FakeSheetsOptions = {}) {
    this.authMode = options.authMode ?? 'FULL';
    this.rawSpreadsheet = new FakeSpreadsheet(this);
    this.spreadsheet = this.proxyOf(this.rawSpreadsheet, 'Spreadsheet');
    this.ui = this.proxyOf(new FakeUi(this), 'Ui');
    this.app = this.proxyOf(new FakeSpreadsheetApp(this), 'SpreadsheetApp');
    this.session = this.proxyOf(new FakeSession(this), 'Session');
    this.html = this.proxyOf(new FakeHtmlService(this), 'HtmlService');
    const initial = options.sheets ?? { Sheet1: [] };
    for (const [name, rows] of Object.entries(initial)) {
      // Sized like Sheets: at least 1000 × 26, and large enough for the data given.
      const width = Math.max(26, ...rows.map((line) => line.length));
      const sheet = this.addSheet(name, this.sheets.length, Math.max(1000, rows.length), width);
      rows.forEach((line, r) => line.forEach((v, c) => storeValue(sheet.cell(r + 1, c + 1), v)));
    }
    this.log.reset();
  }

  /** The counted proxy of a fake object (one per object, so identity holds). */
  proxyOf<T extends object>(obj: T, cls?: string): T {
    let p = this.proxies.get(obj);
    if (!p) {
      p = counted(obj, cls ?? obj.constructor.name.replace(/^Fake/, ''), this.log);
      this.proxies.set(obj, p);
    }
    return p as T;
  }

  range(sheet: FakeSheet, row: number, col: number, rows: number, cols: number): FakeRange {
    // Like Sheets: a range must fit the grid (a new sheet has 1000 rows × 26 columns).
    if (
      row < 1 ||
      col < 1 ||
      rows < 1 ||
      cols < 1 ||
      row + rows - 1 > sheet.maxRows ||
      col + cols - 1 > sheet.maxCols
    )
      throw new Error(`The coordinates of the range are outside the dimensions of the sheet.`);
    return counted(new FakeRange(sheet, row, col, rows, cols), 'Range', this.log);
  }

  addSheet(name: string, index: number, rows = 1000, cols = 26): FakeSheet {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    const sheet = new FakeSheet(this, name, rows, cols);
    sheet.self = this.proxyOf(sheet, 'Sheet');
    this.sheets.splice(index, 0, sheet);
    this.active = { sheet, a1: 'A1' };
    return sheet.self;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s)
      throw new Error(`no sheet ${name}; sheets: ${this.sheets.map((x) => x.name).join(', ')}`);
    return s;
  }

  /** Selects a range as the user would (not counted). */
  select(sheetName: string, a1: string): void {
    this.active = { sheet: this.sheet(sheetName), a1 };
  }

  /** AuthMode.NONE: no access to the document at all (add-on onOpen before first use). */
  requireDocument(what: string): void {
    if (this.authMode === 'NONE')
      throw new FakePermissionError(
        `You do not have permission to call ${what} in AuthMode.NONE. Required permissions: https://www.googleapis.com/auth/spreadsheets.currentonly`
      );
  }

  /** Custom functions may read but never write. */
  requireWrite(what: string): void {
    this.requireDocument(what);
    if (this.authMode === 'CUSTOM_FUNCTION')
      throw new FakePermissionError(
        `You do not have permission to call ${what} from a custom function.`
      );
  }

  /** The globals Apps Script gives a script. */
  globals(): Record<string, unknown> {
    const AuthMode = {
      NONE: 'NONE',
      CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
      LIMITED: 'LIMITED',
      FULL: 'FULL',
    };
    return {
      SpreadsheetApp: this.app,
      Session: this.session,
      HtmlService: this.html,
      ScriptApp: { AuthMode },
      Charts: {
        ChartType: {
          SCATTER: 'SCATTER',
          BAR: 'BAR',
          COLUMN: 'COLUMN',
          LINE: 'LINE',
          RADAR: 'RADAR',
        },
      },
      Logger: { log: () => undefined },
      console,
    };
  }
}

/** Loads a script (dist/sheets/Code.js) into a fresh node:vm context with the fake globals. */
export function loadAppsScript(
  code: string,
  world: FakeSheetsWorld,
  filename = 'Code.js'
): vm.Context {
  const context = vm.createContext({ ...world.globals() });
  vm.runInContext(code, context, { filename });
  return context;
}

/** Calls a top-level function of a loaded script with a given authorization mode. */
export function callAs<T = unknown>(
  context: vm.Context,
  world: FakeSheetsWorld,
  mode: AuthModeName,
  name: string,
  ...args: unknown[]
): T {
  const fn = (context as Record<string, unknown>)[name];
  if (typeof fn !== 'function')
    throw new Error(`${name} is not a top-level function of the script`);
  const before = world.authMode;
  world.authMode = mode;
  try {
    return (fn as (...a: unknown[]) => T)(...args);
  } finally {
    world.authMode = before;
  }
}
