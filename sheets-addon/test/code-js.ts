/** Loads the built dist/sheets/Code.js into node:vm with the fake Apps Script world. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type vm from 'node:vm';
import {
  callAs,
  FakeSheetsWorld,
  loadAppsScript,
  type AuthModeName,
  type FakeSheetsOptions,
} from '../../test/fakes/sheets';

export const DIST = path.resolve(__dirname, '..', '..', 'dist', 'sheets');
export const CODE_JS = path.join(DIST, 'Code.js');

export function codeText(): string {
  if (!existsSync(CODE_JS)) throw new Error(`${CODE_JS} is missing: run npm run build`);
  return readFileSync(CODE_JS, 'utf8');
}

export interface LoadedScript {
  world: FakeSheetsWorld;
  context: vm.Context;
  /** Calls a top-level function of Code.js in an authorization mode (FULL by default). */
  run<T = unknown>(name: string, ...args: unknown[]): T;
  runAs<T = unknown>(mode: AuthModeName, name: string, ...args: unknown[]): T;
  /** Calls =AI_<id>(…) as Sheets does: in AuthMode.CUSTOM_FUNCTION. */
  ai<T = unknown>(id: string, ...args: unknown[]): T;
}

export function loadCode(options: FakeSheetsOptions = {}, code = codeText()): LoadedScript {
  const world = new FakeSheetsWorld(options);
  const context = loadAppsScript(code, world);
  const runAs = <T>(mode: AuthModeName, name: string, ...args: unknown[]): T =>
    callAs<T>(context, world, mode, name, ...args);
  return {
    world,
    context,
    runAs,
    run: (name, ...args) => runAs('FULL', name, ...args),
    ai: (id, ...args) => runAs('CUSTOM_FUNCTION', `AI_${id}`, ...args),
  };
}

/** A value as google.script.run carries it between sidebar and server (JSON). */
export const viaJson = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
