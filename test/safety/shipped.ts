/**
 * What ships, as the safety suites read it: the built pages and bundles, and small parsers for
 * the task-pane page (its CSP meta tag and its scripts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist');
export const TASKPANE_HTML = path.join(DIST, 'excel', 'taskpane.html');
export const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** Microsoft's origin for office.js (and the frames it opens): the one remote origin allowed. */
export const OFFICE_ORIGIN = 'https://appsforoffice.microsoft.com';

export const read = (file: string): string => readFileSync(file, 'utf8');

/** Every file under a folder, recursively, as absolute paths. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

/** A copy of office.js served for local tests is Microsoft's code, not ours. */
const isOfficeJs = (file: string): boolean =>
  /(^|[\\/])office[\\/]/.test(path.relative(DIST, file)) || /office(\.debug)?\.js$/.test(file);

/** Our own shipped code: the bundles and pages of dist/excel and dist/sheets. */
export function shippedCode(): string[] {
  return [...filesUnder(path.join(DIST, 'excel')), ...filesUnder(path.join(DIST, 'sheets'))].filter(
    (f) => /\.(js|html)$/.test(f) && !isOfficeJs(f)
  );
}

/** The Content-Security-Policy of a page's meta tag, as directive → sources (undefined when absent). */
export function metaCsp(html: string): Map<string, string[]> | undefined {
  for (const m of html.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = m[0];
    if (!/http-equiv\s*=\s*["']content-security-policy["']/i.test(tag)) continue;
    const content = /content\s*=\s*"([^"]*)"|content\s*=\s*'([^']*)'/i.exec(tag);
    const text = content?.[1] ?? content?.[2] ?? '';
    return new Map(
      text
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...sources]) => [name.toLowerCase(), sources])
    );
  }
  return undefined;
}

/** The script elements of a page: src (undefined for inline) and inline body. */
export function scripts(html: string): { src?: string; body: string }[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map((m) => ({
    src: /\bsrc\s*=\s*["']([^"']+)["']/i.exec(m[1])?.[1],
    body: m[2],
  }));
}

/**
 * Comments carry no behaviour; checks of text skip them: HTML comments, block comments and line
 * comments that start a line or follow a space (so "https://" inside a string stays).
 */
export const withoutComments = (text: string): string =>
  text
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|\s)\/\/.*$/gm, '$1');
