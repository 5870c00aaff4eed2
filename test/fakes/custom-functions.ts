/**
 * The Excel custom-functions runtime as dist/excel/functions.js sees it, to run the shipped bundle
 * in node:vm: a classic script in a fresh global scope whose only host global is `CustomFunctions`
 * (associate, Error, ErrorCode), plus `Office` with a display language when a test gives one. The
 * fake is typed against @types/custom-functions-runtime, so a name or a code cannot drift.
 */
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

/** An error code as the runtime spells it ("#VALUE!", "#N/A"…). */
export type ExcelErrorCode = `${CustomFunctions.ErrorCode}`;

/** CustomFunctions.ErrorCode: every member name of the runtime, with its code. */
export const ERROR_CODES: {
  readonly [
    K in keyof typeof CustomFunctions.ErrorCode
  ]: `${(typeof CustomFunctions.ErrorCode)[K]}`;
} = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
};

/**
 * CustomFunctions.Error as a test sees it: the code and the message exactly as given (a plain
 * class, so an absent message stays absent and toEqual compares both).
 */
export class FakeCustomFunctionsError {
  constructor(
    readonly code: ExcelErrorCode,
    readonly message?: string
  ) {}
}

export type ExcelFunction = (...args: unknown[]) => unknown;

/** The part of `Office` functions.js reads; tests may change it after loading. */
export interface FakeOffice {
  context?: { displayLanguage?: string };
}

export interface LoadedExcelFunctions {
  /** What the script associated, by id as given; associating an id twice throws. */
  functions: Map<string, ExcelFunction>;
  /** The `Office` global, absent when no display language was given. */
  office?: FakeOffice;
}

/** The runtime members functions.js may use, with the runtime's own signatures. */
interface FakeRuntime {
  associate: typeof CustomFunctions.associate;
  Error: new (code: CustomFunctions.ErrorCode, message?: string) => unknown;
  ErrorCode: typeof ERROR_CODES;
}

/** Runs a functions.js bundle as Excel does; `displayLanguage` undefined means no Office global. */
export function loadExcelFunctions(
  file: string,
  { displayLanguage }: { displayLanguage?: string } = {}
): LoadedExcelFunctions {
  const functions = new Map<string, ExcelFunction>();
  const associateOne = (id: string, fn: unknown): void => {
    if (typeof fn !== 'function') throw new Error(`associate(${id}) without a function`);
    if (functions.has(id)) throw new Error(`${id} associated twice`);
    functions.set(id, fn as ExcelFunction);
  };
  const runtime: FakeRuntime = {
    associate(idOrMap: string | Record<string, unknown>, fn?: unknown) {
      if (typeof idOrMap === 'string') associateOne(idOrMap, fn);
      else for (const [id, f] of Object.entries(idOrMap)) associateOne(id, f);
    },
    Error: FakeCustomFunctionsError,
    ErrorCode: ERROR_CODES,
  };
  const office: FakeOffice | undefined =
    displayLanguage === undefined ? undefined : { context: { displayLanguage } };
  const globals: Record<string, unknown> = { CustomFunctions: runtime };
  if (office) globals.Office = office;
  vm.runInNewContext(readFileSync(file, 'utf8'), globals, { filename: 'functions.js' });
  return { functions, office };
}
