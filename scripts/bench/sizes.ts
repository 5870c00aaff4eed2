/** Bundle sizes as built (minified by esbuild): KB = 1024 bytes. */
import { statSync } from 'node:fs';
import path from 'node:path';
import { DIST_FILES, localScripts, readDist, ROOT } from './dist';
import type { Measured } from './figures';

const kb = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;

function fileKb(file: string): Measured {
  readDist(file);
  return { value: kb(statSync(file).size) };
}

export const functionsJsKb = (): Measured => fileKb(DIST_FILES.functionsJs);
export const codeJsKb = (): Measured => fileKb(DIST_FILES.codeJs);

/** Every local script taskpane.html loads; office.js comes from Microsoft's CDN and is not ours. */
export function taskpaneJsKb(): Measured {
  const scripts = localScripts(DIST_FILES.taskpaneHtml);
  if (scripts.length === 0) throw new Error('taskpane.html loads no local script');
  const bytes = scripts.reduce((n, f) => n + statSync(f).size, 0);
  return {
    value: kb(bytes),
    note: scripts.map((f) => path.relative(ROOT, f)).join(' + '),
  };
}
