/**
 * dist/sheets/: Code.js (the esbuild IIFE of sheets-addon, then the generated top-level functions)
 * and appsscript.json. Sidebar.html is written before this step (scripts/build/sidebar.ts).
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { build } from 'esbuild';
import {
  SHEETS_GLOBAL,
  SHEETS_TOP_LEVEL,
  sheetsWrappers,
  topLevelDeclarations,
} from '../gen/sheets-wrappers';
import { bundleDefaults, type BuildContext } from './context';

/** The names of the bundle's TOP_LEVEL functions, read by loading the bundle (one source of truth). */
export function topLevelNames(bundle: string): string[] {
  const context = vm.createContext({});
  vm.runInContext(
    `${bundle}\n;this.__names = Object.keys(${SHEETS_GLOBAL}.${SHEETS_TOP_LEVEL});`,
    context
  );
  return (context as { __names: string[] }).__names;
}

export async function buildSheets(ctx: BuildContext): Promise<void> {
  const out = path.join(ctx.dist, 'sheets');
  mkdirSync(out, { recursive: true });
  const result = await build({
    ...bundleDefaults,
    entryPoints: [path.join(ctx.root, 'sheets-addon', 'src', 'index.ts')],
    format: 'iife',
    globalName: SHEETS_GLOBAL,
    write: false,
  });
  const bundle = result.outputFiles[0].text;
  const code = [
    bundle.trimEnd(),
    '',
    '// ---- Generated: custom functions (scripts/gen/sheets-wrappers.ts) ----',
    sheetsWrappers(),
    '// ---- Generated: triggers, menu handlers, panel server functions ----',
    topLevelDeclarations(topLevelNames(bundle)),
  ].join('\n');
  writeFileSync(path.join(out, 'Code.js'), code);
  copyFileSync(
    path.join(ctx.root, 'manifests', 'sheets', 'appsscript.json'),
    path.join(out, 'appsscript.json')
  );
}
