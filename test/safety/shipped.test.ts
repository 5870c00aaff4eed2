/**
 * What ships protects users (docs/architecture.md "Contracts"): the task-pane page has a strict
 * Content-Security-Policy, no code of ours builds HTML from strings, no bundle talks to the network
 * (office.js from Microsoft's CDN is the one remote load), and the add-ons ask for the narrowest
 * permissions: Apps Script spreadsheets.currentonly + script.container.ui, Excel ReadWriteDocument.
 * Reads the built dist/ (npm test builds first).
 */
import path from 'node:path';
import {
  DIST,
  filesUnder,
  metaCsp,
  OFFICE_JS_CDN,
  OFFICE_ORIGIN,
  read,
  ROOT,
  scripts,
  shippedCode,
  TASKPANE_HTML,
  withoutComments,
} from './shipped';

const rel = (f: string): string => path.relative(ROOT, f);

describe('task-pane page: Content-Security-Policy', () => {
  const html = read(TASKPANE_HTML);
  const csp = metaCsp(html);

  test('has a CSP meta tag with default-src and object-src locked down', () => {
    expect(csp).toBeDefined();
    const def = csp?.get('default-src') ?? [];
    expect(def.length).toBeGreaterThan(0);
    expect(def.every((s) => s === "'none'" || s === "'self'")).toBe(true);
    const object = csp?.get('object-src') ?? def;
    expect(object).toEqual(["'none'"]);
    expect(csp?.get('base-uri')).toEqual(["'none'"]);
  });

  test('scripts: no unsafe-inline, unsafe-eval or wildcard; only self and Microsoft office.js', () => {
    const scriptSrc = csp?.get('script-src') ?? csp?.get('default-src') ?? [];
    for (const bad of [
      "'unsafe-inline'",
      "'unsafe-eval'",
      "'unsafe-hashes'",
      "'wasm-unsafe-eval'",
      '*',
      'data:',
      'blob:',
      'http:',
      'https:',
    ])
      expect(scriptSrc).not.toContain(bad);
    expect(scriptSrc.filter((s) => s !== "'self'" && s !== "'none'")).toEqual(
      scriptSrc.includes(OFFICE_ORIGIN) ? [OFFICE_ORIGIN] : []
    );
    for (const directive of ['script-src-elem', 'script-src-attr'])
      expect(csp?.get(directive)).toBeUndefined();
  });

  test('no directive names a remote origin but Microsoft office.js; nothing may connect out', () => {
    for (const [directive, sources] of csp ?? []) {
      const remote = sources.filter((s) => /^(https?:|wss?:|\*|[a-z0-9-]+\.[a-z])/i.test(s));
      expect({ directive, remote: remote.filter((s) => s !== OFFICE_ORIGIN) }).toEqual({
        directive,
        remote: [],
      });
    }
    expect(csp?.get('connect-src') ?? csp?.get('default-src')).toEqual(["'none'"]);
  });

  test('no inline script or inline event handler; remote script only office.js from the CDN', () => {
    const page = withoutComments(html);
    const list = scripts(page);
    expect(list.length).toBeGreaterThan(0);
    for (const s of list) {
      expect(s.src).toBeDefined();
      expect(s.body.trim()).toBe('');
      if (/^(https?:)?\/\//i.test(s.src ?? '')) expect(s.src).toBe(OFFICE_JS_CDN);
    }
    expect(page).not.toMatch(/\son[a-z]+\s*=/i);
    expect(page).not.toMatch(/javascript:/i);
  });
});

/** HTML parsers that turn a string into markup: the panel builds its DOM with elements instead. */
const HTML_SINKS =
  /\b(innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment|srcdoc)\b|\bdocument\s*\.\s*write(ln)?\s*\(|\bparseFromString\s*\(/;

describe('no HTML built from strings', () => {
  // All of panel/ (its tests too), and the host adapters' sources.
  const sources = ['panel', 'excel-addin/src', 'sheets-addon/src'].flatMap((dir) =>
    filesUnder(path.join(ROOT, dir)).filter(
      (f) => /\.(ts|tsx|js|html)$/.test(f) && !f.includes('node_modules')
    )
  );

  test.each(sources.map((f) => [rel(f), f]))('source %s', (_name, file) => {
    const hit = HTML_SINKS.exec(withoutComments(read(file)));
    expect(hit?.[0]).toBeUndefined();
  });

  test.each(shippedCode().map((f) => [rel(f), f]))('built %s', (_name, file) => {
    const hit = HTML_SINKS.exec(read(file));
    expect(hit?.[0]).toBeUndefined();
  });
});

/** Ways a page or script reaches the network. */
const NETWORK =
  /\b(fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts|UrlFetchApp|RTCPeerConnection)\b/;
/** XML namespace names look like URLs but are never fetched. */
const NAMESPACES = new Set([
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/1999/xlink',
]);

describe('no network access from any bundle but office.js', () => {
  test('the bundles the brief names are all built', () => {
    const names = shippedCode().map((f) => path.relative(DIST, f));
    for (const f of [
      'excel/functions.js',
      'excel/taskpane.html',
      'sheets/Code.js',
      'sheets/Sidebar.html',
    ])
      expect(names).toContain(f);
  });

  test.each(shippedCode().map((f) => [rel(f), f]))('%s', (_name, file) => {
    const text = file.endsWith('.html') ? withoutComments(read(file)) : read(file);
    expect(NETWORK.exec(text)?.[0]).toBeUndefined();
    const urls = [...text.matchAll(/\b(?:https?|wss?):\/\/[^\s"'`)<>\\;,]*/gi)].map((m) => m[0]);
    const allowed = (u: string) =>
      NAMESPACES.has(u) || (file === TASKPANE_HTML && (u === OFFICE_JS_CDN || u === OFFICE_ORIGIN));
    expect(urls.filter((u) => !allowed(u))).toEqual([]);
  });
});

describe('narrowest permissions', () => {
  const SCOPES = [
    'https://www.googleapis.com/auth/script.container.ui',
    'https://www.googleapis.com/auth/spreadsheets.currentonly',
  ];

  test.each(['manifests/sheets/appsscript.json', 'dist/sheets/appsscript.json'])(
    '%s: exactly spreadsheets.currentonly + script.container.ui, no advanced service',
    (file) => {
      const manifest = JSON.parse(read(path.join(ROOT, file))) as {
        oauthScopes?: string[];
        dependencies?: { enabledAdvancedServices?: unknown[]; libraries?: unknown[] };
        urlFetchWhitelist?: unknown;
      };
      expect([...(manifest.oauthScopes ?? [])].sort()).toEqual(SCOPES);
      expect(manifest.dependencies?.enabledAdvancedServices ?? []).toEqual([]);
      expect(manifest.dependencies?.libraries ?? []).toEqual([]);
      expect(manifest.urlFetchWhitelist).toBeUndefined();
    }
  );

  test.each(['manifests/excel/manifest.xml', 'dist/excel/manifest.xml'])(
    '%s: ReadWriteDocument',
    (file) => {
      const xml = read(path.join(ROOT, file));
      expect(
        [...xml.matchAll(/<Permissions>\s*([^<]*?)\s*<\/Permissions>/g)].map((m) => m[1])
      ).toEqual(['ReadWriteDocument']);
    }
  );
});
