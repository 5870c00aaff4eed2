/** dist/excel/taskpane.html: script order, no inline script, and a CSP that allows only office.js. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  LOCAL_OFFICE_JS,
  OFFICE_JS_CDN,
  officeJsSource,
  taskpaneHtml,
} from '../../scripts/build/excel';

const ROOT = path.join(__dirname, '..', '..');
const html = readFileSync(path.join(ROOT, 'dist', 'excel', 'taskpane.html'), 'utf8');
const source = readFileSync(path.join(ROOT, 'excel-addin', 'src', 'taskpane.html'), 'utf8');

function csp(page: string): Map<string, string[]> {
  const m = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(page);
  if (!m) throw new Error('no CSP meta tag');
  return new Map(
    m[1].split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values] as [string, string[]];
    })
  );
}

test('office.js, then functions.js (classic), then taskpane.js (module); no inline script', () => {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  expect(scripts.map((s) => /src="([^"]+)"/.exec(s[1])?.[1])).toEqual([
    OFFICE_JS_CDN,
    'functions.js',
    'taskpane.js',
  ]);
  // Excel needs the custom functions registered by a classic script (docs/architecture.md).
  expect(scripts.map((s) => /type="module"/.test(s[1]))).toEqual([false, false, true]);
  for (const s of scripts) expect(s[2].trim()).toBe('');
  expect(html).not.toMatch(/\son[a-z]+=/i);
  expect(html).not.toContain('{{');
});

test('the CSP allows scripts from this site and the office.js CDN only, and no connections', () => {
  const policy = csp(html);
  expect(policy.get('default-src')).toEqual(["'none'"]);
  expect(policy.get('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
  expect(policy.get('connect-src')).toEqual(["'none'"]);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(policy.get('base-uri')).toEqual(["'none'"]);
  expect(new URL(OFFICE_JS_CDN).origin).toBe('https://appsforoffice.microsoft.com');
});

test('the local variant loads office.js from this site; the choice comes from BOUSSOLE_OFFICE_JS', () => {
  expect(taskpaneHtml(source, 'local')).toContain(`<script src="${LOCAL_OFFICE_JS}"></script>`);
  expect(taskpaneHtml(source, 'local')).not.toContain(OFFICE_JS_CDN);
  expect(officeJsSource({})).toBe('cdn');
  expect(officeJsSource({ BOUSSOLE_OFFICE_JS: 'local' })).toBe('local');
});
