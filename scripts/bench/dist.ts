/** Where the built surfaces are, and a build when one is missing (build output goes to stderr). */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist');

export const DIST_FILES = {
  functionsJs: path.join(DIST, 'excel', 'functions.js'),
  taskpaneHtml: path.join(DIST, 'excel', 'taskpane.html'),
  codeJs: path.join(DIST, 'sheets', 'Code.js'),
} as const;

/** Runs `npm run build` when a surface the bench measures is not built yet (or when forced). */
export function ensureBuilt(force = false): void {
  const missing = Object.values(DIST_FILES).filter((f) => !existsSync(f));
  if (!force && missing.length === 0) return;
  process.stderr.write(
    force
      ? 'Building…\n'
      : `Building (missing ${missing.map((f) => path.relative(ROOT, f)).join(', ')})…\n`
  );
  // stdout stays clean for --json: the build's own output goes to stderr.
  const r = spawnSync('npx', ['tsx', 'scripts/build.ts'], {
    cwd: ROOT,
    stdio: ['ignore', process.stderr, process.stderr],
  });
  if (r.status !== 0)
    process.stderr.write(`The build failed (exit ${r.status}); measuring what exists.\n`);
}

export function readDist(file: string): string {
  if (!existsSync(file)) throw new Error(`${path.relative(ROOT, file)} is not built`);
  return readFileSync(file, 'utf8');
}

/**
 * Local scripts a page loads as it opens (src attributes that are not absolute URLs, and what ES
 * module scripts among them import statically, transitively), as dist paths. What a module
 * imports on demand (`import(…)`) is not loaded at opening: see lazyChunks.
 */
export function localScripts(htmlFile: string): string[] {
  const html = readDist(htmlFile);
  const out = new Set<string>();
  for (const m of html.matchAll(/<script\b([^>]*)>/gi)) {
    const src = /\bsrc\s*=\s*["']([^"']+)["']/i.exec(m[1])?.[1];
    if (!src || /^(https?:)?\/\//i.test(src)) continue;
    const file = path.resolve(path.dirname(htmlFile), src.replace(/[?#].*$/, ''));
    if (/\btype\s*=\s*["']module["']/i.test(m[1])) moduleGraph(file, 'static', out);
    else out.add(file);
  }
  return [...out];
}

/** The chunks a page's module scripts import on demand only (loaded when a feature needs them). */
export function lazyChunks(htmlFile: string): string[] {
  const opening = new Set(localScripts(htmlFile));
  const all = new Set<string>();
  for (const f of opening) moduleGraph(f, 'any', all);
  return [...all].filter((f) => !opening.has(f));
}

/** Relative specifiers of a bundle's imports: `import … from "x"` / `import "x"`, or `import("x")`. */
const STATIC_IMPORT =
  /(?:^|[;}\n])\s*import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;

function moduleGraph(file: string, kind: 'static' | 'any', seen: Set<string>): void {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readDist(file);
  const specifiers = [...code.matchAll(STATIC_IMPORT)].map((m) => m[1]);
  if (kind === 'any') specifiers.push(...[...code.matchAll(DYNAMIC_IMPORT)].map((m) => m[1]));
  for (const s of specifiers) moduleGraph(path.resolve(path.dirname(file), s), kind, seen);
}
