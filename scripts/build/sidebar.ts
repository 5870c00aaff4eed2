/**
 * The Sheets sidebar: dist/sheets/Sidebar.html, one self-contained page (inline style and script)
 * holding the panel over the google.script.run bridge (sheets-addon/sidebar/), that the add-on
 * serves with HtmlService. The Excel task pane bundles the panel itself (scripts/build/excel.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { bundleDefaults, type BuildContext } from './context';

/** Text inside an inline <script>/<style> must not close the element early. */
export const inlineSafe = (code: string, tag: 'script' | 'style'): string =>
  code.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');

export function sidebarHtml(js: string, css: string): string {
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

export async function buildSidebar(ctx: BuildContext): Promise<void> {
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
