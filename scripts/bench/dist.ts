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

/** Local scripts a page loads (src attributes that are not absolute URLs), as dist paths. */
export function localScripts(htmlFile: string): string[] {
  const html = readDist(htmlFile);
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/gi)) {
    const src = m[1];
    if (/^(https?:)?\/\//i.test(src)) continue;
    out.push(path.resolve(path.dirname(htmlFile), src.replace(/[?#].*$/, '')));
  }
  return out;
}
