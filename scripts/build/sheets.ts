/**
 * dist/sheets/: Code.js (the esbuild IIFE of sheets-addon/src, then the generated top-level
 * functions), TemplateSpecs.html (the template builders, run only to insert a template),
 * appsscript.json, and Sidebar.html — one self-contained page (inline style and
 * script) holding the panel over the google.script.run bridge (sheets-addon/sidebar/), that the
 * add-on serves with HtmlService. The Excel build (scripts/build/excel.ts) does the same for the
 * task pane.
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
import { TEMPLATE_SPECS } from '../../sheets-addon/src/template-specs-file';
import { bundleDefaults, type BuildContext } from './context';
import { stripCatalogueDocs } from './strip-docs';

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
  await buildSidebar(ctx);
  const out = path.join(ctx.dist, 'sheets');
  mkdirSync(out, { recursive: true });
  const result = await build({
    ...bundleDefaults,
    entryPoints: [path.join(ctx.root, 'sheets-addon', 'src', 'index.ts')],
    format: 'iife',
    globalName: SHEETS_GLOBAL,
    // The function reference dialog shows summaries and help; the examples live in the docs.
    plugins: [stripCatalogueDocs(ctx.root, ['examples'])],
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
  await buildTemplateSpecs(ctx, out);
  copyFileSync(
    path.join(ctx.root, 'manifests', 'sheets', 'appsscript.json'),
    path.join(out, 'appsscript.json')
  );
}

/**
 * TemplateSpecs.html: the template builders as a script in an HTML file of the project, which Apps
 * Script does not load at each call; Code.js reads its raw text and runs it when a template is
 * inserted (sheets-addon/src/templates.ts).
 */
async function buildTemplateSpecs(ctx: BuildContext, out: string): Promise<void> {
  const result = await build({
    ...bundleDefaults,
    entryPoints: [path.join(ctx.root, 'sheets-addon', 'src', 'template-specs.ts')],
    format: 'iife',
    globalName: TEMPLATE_SPECS.global,
    plugins: [stripCatalogueDocs(ctx.root, ['summary', 'help', 'examples'])],
    write: false,
  });
  writeFileSync(path.join(out, `${TEMPLATE_SPECS.file}.html`), result.outputFiles[0].text);
}

/** Text inside an inline <script>/<style> must not close the element early. */
const inlineSafe = (code: string, tag: 'script' | 'style'): string =>
  code.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');

function sidebarHtml(js: string, css: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="fr">',
    '<head>',
    '<meta charset="utf-8">',
    '<base target="_top">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<style>${inlineSafe(css, 'style')}</style>`,
    '</head>',
    '<body>',
    '<div id="app"></div>',
    `<script>${inlineSafe(js, 'script')}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** dist/sheets/Sidebar.html: the panel over the google.script.run bridge (sheets-addon/sidebar/). */
async function buildSidebar(ctx: BuildContext): Promise<void> {
  const result = await build({
    ...bundleDefaults,
    entryPoints: [path.join(ctx.root, 'sheets-addon', 'sidebar', 'sidebar.ts')],
    format: 'iife',
    outdir: path.join(ctx.dist, 'sheets'),
    write: false,
  });
  const text = (ext: string): string =>
    result.outputFiles.find((f) => f.path.endsWith(ext))?.text.trim() ?? '';
  const out = path.join(ctx.dist, 'sheets');
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'Sidebar.html'), sidebarHtml(text('.js'), text('.css')));
}
