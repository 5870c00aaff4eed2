/**
 * What a hostile-data scenario is: values typed by program into a drawn template (as a user would
 * type them, validation aside), then checks on the sheet LibreOffice recalculated.
 */
import type ExcelJS from 'exceljs';
import { parseCell, type Lang, type SheetSpec, type TemplateId } from '@boussole/core';
import { read, type Result } from '../../libreoffice/read';

export interface Scenario {
  id: TemplateId;
  /** A second scenario of the same template goes on a sheet named "<name> <variant>". */
  variant?: string;
  type(put: (ref: string, value: string | number | Date) => void, spec: SheetSpec): void;
  verify(sheet: Sheet): void;
}

/** The recalculated sheet, read through the spec's cell names. */
export class Sheet {
  constructor(
    readonly ws: ExcelJS.Worksheet,
    readonly spec: SheetSpec,
    readonly lang: Lang
  ) {}

  /** The address of the cell named `name` in the spec. */
  ref(name: string): string {
    const c = this.spec.cells.find((x) => x.name === name);
    if (!c) throw new Error(`${this.spec.id} has no cell named ${name}`);
    return c.ref;
  }

  /** The column letter(s) and row of a named cell. */
  at(name: string): { col: string; row: number } {
    const ref = this.ref(name);
    return { col: ref.replace(/\d+$/, ''), row: parseCell(ref).row };
  }

  value(ref: string): Result {
    const r = read(this.ws.getCell(ref));
    if (r.error) throw new Error(`${this.spec.id} ${ref}: ${r.error}`);
    return r.result ?? '';
  }

  named(name: string): Result {
    return this.value(this.ref(name));
  }

  /** Whether the named cell holds a formula (golden figures must). */
  isFormula(name: string): boolean {
    return read(this.ws.getCell(this.ref(name))).formula !== undefined;
  }
}

export const sheetName = (s: Scenario, spec: SheetSpec): string =>
  s.variant ? `${spec.name} ${s.variant}` : spec.name;

/** The sheet's language picks the expected text. */
export const say = (lang: Lang, fr: string, en: string): string => (lang === 'fr' ? fr : en);

export const near = (a: Result, b: number): boolean =>
  typeof a === 'number' && Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(b));
