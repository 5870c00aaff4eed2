/** The fake spreadsheet: its sheets, named ranges, locale and toasts. */
import type { FakeRange } from './range';
import type { FakeSheet } from './sheet';
import type { FakeSheetsWorld } from './world';
import type { GSheet, GRange, GSpreadsheet, Faked } from './types';

type SpreadsheetMethods =
  | 'getSheets'
  | 'getSheetByName'
  | 'insertSheet'
  | 'getActiveSheet'
  | 'setActiveSheet'
  | 'getActiveRange'
  | 'getRange'
  | 'getSpreadsheetLocale'
  | 'getSpreadsheetTimeZone'
  | 'getName'
  | 'getId'
  | 'toast'
  | 'setNamedRange';

export class FakeSpreadsheet implements Faked<GSpreadsheet, SpreadsheetMethods> {
  readonly toasts: string[] = [];
  /** Named ranges: name → the range (names are workbook-wide in Sheets). */
  readonly namedRanges = new Map<string, FakeRange>();
  constructor(readonly world: FakeSheetsWorld) {}

  /** Refuses a name already used: the renderer must give each copy of a template its own names. */
  setNamedRange(name: string, range: GRange): void {
    this.world.requireWrite('Spreadsheet.setNamedRange');
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name))
      throw new Error(`Invalid named range name: ${name}`);
    if ([...this.namedRanges.keys()].some((n) => n.toLowerCase() === name.toLowerCase()))
      throw new Error(`fake: the named range ${name} already exists`);
    this.namedRanges.set(name, range as unknown as FakeRange);
  }

  getSheets(): FakeSheet[] {
    return this.world.sheets.map((s) => s.self);
  }
  getSheetByName(name: string): FakeSheet | null {
    return this.world.sheets.find((s) => s.name === name)?.self ?? null;
  }
  insertSheet(a?: unknown, b?: unknown): FakeSheet {
    this.world.requireWrite('Spreadsheet.insertSheet');
    const name = typeof a === 'string' ? a : `Sheet${this.world.sheets.length + 1}`;
    const index = typeof a === 'number' ? a : typeof b === 'number' ? b : this.world.sheets.length;
    return this.world.addSheet(name, index);
  }
  getActiveSheet(): FakeSheet {
    return (this.world.active?.sheet ?? this.world.sheets[0]).self;
  }
  /** The active sheet itself (uncounted, for other fakes). */
  activeSheet(): FakeSheet {
    return this.world.active?.sheet ?? this.world.sheets[0];
  }
  setActiveSheet(sheet: GSheet): FakeSheet {
    const s = sheet as unknown as FakeSheet;
    this.world.active = { sheet: this.world.sheets.find((x) => x.self === s) ?? s, a1: 'A1' };
    return s;
  }
  getActiveRange(): FakeRange | null {
    const a = this.world.active;
    return a ? a.sheet.getRange(a.a1) : null;
  }
  getRange(a1: string): FakeRange {
    const bang = a1.lastIndexOf('!');
    const sheetName =
      bang >= 0 ? a1.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'") : undefined;
    const sheet =
      sheetName === undefined
        ? this.activeSheet()
        : this.world.sheets.find((s) => s.name === sheetName);
    if (!sheet) throw new Error(`Range not found: ${a1}`);
    return sheet.getRange(bang >= 0 ? a1.slice(bang + 1) : a1);
  }
  getSpreadsheetLocale(): string {
    return this.world.options.spreadsheetLocale ?? 'fr_FR';
  }
  getSpreadsheetTimeZone(): string {
    return 'Europe/Paris';
  }
  getName(): string {
    return 'Fake spreadsheet';
  }
  getId(): string {
    return 'fake-spreadsheet-id';
  }
  toast(msg: string): void {
    this.toasts.push(msg);
  }
}
