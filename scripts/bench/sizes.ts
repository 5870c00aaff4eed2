/** Bundle sizes as built (minified by esbuild): KB = 1024 bytes. */
import { statSync } from 'node:fs';
import path from 'node:path';
import { DIST_FILES, lazyChunks, localScripts, readDist, ROOT } from './dist';
import type { Measured } from './figures';
import { TEMPLATE_SPECS } from '../../sheets-addon/src/template-specs-file';

const kb = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;

function fileKb(file: string): Measured {
  readDist(file);
  return { value: kb(statSync(file).size) };
}

const bytesOf = (files: readonly string[]): number =>
  files.reduce((n, f) => n + statSync(f).size, 0);
const names = (files: readonly string[]): string =>
  files.map((f) => path.relative(ROOT, f)).join(' + ');
/** The one wording of the files a surface loads only when needed, beside its figure. */
const onDemand = (files: readonly string[]): string =>
  `loaded on demand: ${names(files)} (${kb(bytesOf(files))} KB)`;

export const functionsJsKb = (): Measured => fileKb(DIST_FILES.functionsJs);

/** Code.js, which Apps Script loads at every call; TemplateSpecs.html, read to insert a template. */
export function codeJsKb(): Measured {
  const specs = path.join(path.dirname(DIST_FILES.codeJs), `${TEMPLATE_SPECS.file}.html`);
  return { ...fileKb(DIST_FILES.codeJs), note: onDemand([specs]) };
}

/**
 * Every local script taskpane.html loads as it opens (its module's static imports included);
 * office.js comes from Microsoft's CDN and is not ours. Chunks loaded on demand are named in the note.
 */
export function taskpaneJsKb(): Measured {
  const scripts = localScripts(DIST_FILES.taskpaneHtml);
  if (scripts.length === 0) throw new Error('taskpane.html loads no local script');
  const lazy = lazyChunks(DIST_FILES.taskpaneHtml);
  return {
    value: kb(bytesOf(scripts)),
    note: names(scripts) + (lazy.length ? `; ${onDemand(lazy)}` : ''),
  };
}
