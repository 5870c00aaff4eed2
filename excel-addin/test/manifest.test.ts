/**
 * The Excel manifest: schema-valid offline, every resid defined where its element expects it,
 * every URL under the base URL, the shared-runtime wiring, and a menu item per template.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TEMPLATE_IDS, templateCommand, templateName } from '@boussole/core';
import { FRENCH_LOCALES, renderManifest } from '../../scripts/build/excel';
import { child, descendants, parseXml, type XmlElement } from './xml';

const ROOT = path.join(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist', 'excel');
const SOURCE = readFileSync(path.join(ROOT, 'manifests', 'excel', 'manifest.xml'), 'utf8');
const VERSION = (
  JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    version: string;
  }
).version;

/** The XSDs stay in the shared folder next to the checkout (CI always has it). */
const SCHEMA = [
  // BOUSSOLE_SCHEMAS: the schemas folder when it is not next to the checkout (a worktree elsewhere).
  ...(process.env.BOUSSOLE_SCHEMAS ? [process.env.BOUSSOLE_SCHEMAS] : []),
  path.join(ROOT, '..', 'shared', 'schemas'),
]
  .map((dir) => path.join(dir, 'office-addin-manifest', 'OfficeAppManifestV1_1.xsd'))
  .find((p) => existsSync(p));

const CUSTOM_BASE = 'https://addins.example.com/finance/boussole';

const built = readFileSync(path.join(DIST, 'manifest.xml'), 'utf8');
const custom = renderManifest(SOURCE, `${CUSTOM_BASE}/`, VERSION);

const cases = [
  ['dist/excel/manifest.xml (default base URL)', built, 'https://localhost:3000'],
  [`rendered for ${CUSTOM_BASE}`, custom, CUSTOM_BASE],
] as const;

/** Where each kind of element takes its resid from. */
const RESOURCE_GROUP: Record<string, string> = {
  'bt:Image': 'bt:Images',
  SourceLocation: 'bt:Urls',
  FunctionFile: 'bt:Urls',
  Runtime: 'bt:Urls',
  LearnMoreUrl: 'bt:Urls',
  Label: 'bt:ShortStrings',
  Title: 'bt:ShortStrings',
  Namespace: 'bt:ShortStrings',
  Description: 'bt:LongStrings',
};

function resources(doc: XmlElement): Map<string, Map<string, XmlElement>> {
  const res = child(child(child(doc, 'OfficeApp'), 'VersionOverrides'), 'Resources');
  return new Map(
    res.children.map((group) => [group.name, new Map(group.children.map((r) => [r.attrs.id, r]))])
  );
}

describe.each(cases)('%s', (_label, xml, base) => {
  const doc = parseXml(xml);
  const app = child(doc, 'OfficeApp');
  const overrides = child(app, 'VersionOverrides');
  const host = descendants(overrides, 'Host').find((h) => h.attrs['xsi:type'] === 'Workbook');
  const res = resources(doc);
  const url = (id: string): string | undefined => res.get('bt:Urls')?.get(id)?.attrs.DefaultValue;

  (SCHEMA ? test : test.skip)(
    SCHEMA
      ? 'validates offline against OfficeAppManifestV1_1.xsd (xmllint --nonet)'
      : 'schema validation SKIPPED: ../shared/schemas/office-addin-manifest not found next to the repository',
    () => {
      const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'manifest-')), 'manifest.xml');
      writeFileSync(file, xml);
      // Throws with xmllint's own message when the manifest is invalid.
      execFileSync('xmllint', ['--noout', '--nonet', '--schema', SCHEMA as string, file], {
        stdio: 'pipe',
      });
    }
  );

  test('every resid resolves to a resource of the right kind', () => {
    const refs = descendants(overrides).filter((e) => e.attrs.resid !== undefined);
    expect(refs.length).toBeGreaterThan(30);
    for (const e of refs) {
      const group = RESOURCE_GROUP[e.name];
      expect({ element: e.name, resid: e.attrs.resid, group }).toEqual({
        element: e.name,
        resid: e.attrs.resid,
        group: expect.any(String),
      });
      expect(res.get(group)?.has(e.attrs.resid)).toBe(true);
    }
    for (const group of res.values()) {
      for (const id of group.keys()) expect(id.length).toBeLessThanOrEqual(32);
    }
  });

  test('every URL is under the base URL', () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]*)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) expect(u.startsWith(`${base}/`)).toBe(true);
    expect(xml).not.toContain('{{');
  });

  test('one shared runtime: Runtimes first in Host, Page and FunctionFile on its URL', () => {
    expect(host).toBeDefined();
    const h = host as XmlElement;
    expect(h.children[0].name).toBe('Runtimes');
    const runtimes = h.children[0].children;
    expect(runtimes.map((r) => r.attrs)).toEqual([{ resid: 'Taskpane.Url', lifetime: 'long' }]);
    const page = child(descendants(h, 'Page')[0], 'SourceLocation');
    expect(page.attrs.resid).toBe('Taskpane.Url');
    expect(descendants(h, 'FunctionFile')[0].attrs.resid).toBe('Taskpane.Url');
    expect(url('Taskpane.Url')).toBe(`${base}/taskpane.html`);
    expect(child(child(app, 'DefaultSettings'), 'SourceLocation').attrs.DefaultValue).toBe(
      `${base}/taskpane.html`
    );
    const sets = descendants(child(app, 'Requirements'), 'Set');
    expect(sets.map((s) => s.attrs)).toContainEqual({ Name: 'SharedRuntime', MinVersion: '1.1' });
  });

  test('custom functions: namespace AI, functions.js, FR metadata for every French locale', () => {
    const h = host as XmlElement;
    const cf = descendants(h, 'ExtensionPoint').find(
      (e) => e.attrs['xsi:type'] === 'CustomFunctions'
    ) as XmlElement;
    const ns = child(cf, 'Namespace').attrs.resid;
    expect(res.get('bt:ShortStrings')?.get(ns)?.attrs.DefaultValue).toBe('AI');
    expect(url(child(child(cf, 'Script'), 'SourceLocation').attrs.resid)).toBe(
      `${base}/functions.js`
    );
    const meta = res
      .get('bt:Urls')
      ?.get(child(child(cf, 'Metadata'), 'SourceLocation').attrs.resid);
    expect(meta?.attrs.DefaultValue).toBe(`${base}/functions.json`);
    expect(meta?.children.map((o) => o.attrs)).toEqual(
      ['fr-FR', 'fr-BE', 'fr-CA', 'fr-CH', 'fr-LU'].map((Locale) => ({
        Locale,
        Value: `${base}/functions.fr.json`,
      }))
    );
  });

  test('ReadWriteDocument, version from package.json, localised name', () => {
    expect(child(app, 'Permissions').text.trim()).toBe('ReadWriteDocument');
    expect(child(app, 'Version').text.trim()).toBe(VERSION);
    expect(child(app, 'DisplayName').children.map((o) => o.attrs.Locale)).toEqual([
      ...FRENCH_LOCALES,
    ]);
    expect(child(app, 'Description').children.map((o) => o.attrs.Locale)).toEqual([
      ...FRENCH_LOCALES,
    ]);
  });

  test('ExcelApi 1.9 is required; SupportUrl is the shipped help page, not the task pane', () => {
    const sets = descendants(child(app, 'Requirements'), 'Set');
    expect(sets.map((s) => s.attrs)).toContainEqual({ Name: 'ExcelApi', MinVersion: '1.9' });
    expect(child(app, 'SupportUrl').attrs.DefaultValue).toBe(`${base}/support.html`);
  });

  test('a "Boussole" group: a button opening the panel and one menu item per template', () => {
    const group = descendants(host as XmlElement, 'Group')[0];
    const strings = res.get('bt:ShortStrings') as Map<string, XmlElement>;
    expect(strings.get(child(group, 'Label').attrs.resid)?.attrs.DefaultValue).toBe('Boussole');
    const [button, menu] = group.children.filter((c) => c.name === 'Control');
    expect(button.attrs['xsi:type']).toBe('Button');
    const action = child(button, 'Action');
    expect(action.attrs['xsi:type']).toBe('ShowTaskpane');
    expect(child(action, 'SourceLocation').attrs.resid).toBe('Taskpane.Url');
    expect(menu.attrs['xsi:type']).toBe('Menu');
    const items = child(menu, 'Items').children;
    expect(items.map((i) => child(child(i, 'Action'), 'FunctionName').text.trim())).toEqual(
      TEMPLATE_IDS.map((id) => templateCommand(id, false))
    );
    items.forEach((item, k) => {
      const label = strings.get(child(item, 'Label').attrs.resid) as XmlElement;
      expect(label.attrs.DefaultValue).toBe(templateName(TEMPLATE_IDS[k], 'en'));
      expect(label.children.map((o) => o.attrs)).toEqual(
        FRENCH_LOCALES.map((Locale) => ({ Locale, Value: templateName(TEMPLATE_IDS[k], 'fr') }))
      );
    });
    // Every visible string has its French override in every French locale, with the same text.
    for (const group of ['bt:ShortStrings', 'bt:LongStrings']) {
      for (const [id, s] of res.get(group) as Map<string, XmlElement>) {
        if (id === 'Functions.Namespace') continue;
        expect({ id, locales: s.children.map((o) => o.attrs.Locale) }).toEqual({
          id,
          locales: [...FRENCH_LOCALES],
        });
        expect(new Set(s.children.map((o) => o.attrs.Value)).size).toBe(1);
      }
    }
  });

  test('icons are declared at 16, 32 and 80 px', () => {
    const images = res.get('bt:Images') as Map<string, XmlElement>;
    expect([...images.values()].map((i) => i.attrs.DefaultValue)).toEqual(
      [16, 32, 80].map((n) => `${base}/assets/icon-${n}.png`)
    );
  });
});

test('every file the built manifest points to exists in dist/excel', () => {
  const files = [...built.matchAll(/"https:\/\/localhost:3000\/([^"]+)"/g)].map((m) => m[1]);
  expect(new Set(files)).toEqual(
    new Set([
      'taskpane.html',
      'support.html',
      'functions.js',
      'functions.json',
      'functions.fr.json',
      'assets/icon-16.png',
      'assets/icon-32.png',
      'assets/icon-64.png',
      'assets/icon-80.png',
    ])
  );
  for (const f of files) expect(existsSync(path.join(DIST, f))).toBe(true);
});

test('support.html: French and English help, a CSP that allows no script, style or connection', () => {
  const page = readFileSync(path.join(DIST, 'support.html'), 'utf8');
  const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(page)?.[1] ?? '';
  const policy = new Map(
    csp.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    })
  );
  expect(policy.get('default-src')).toEqual(["'none'"]);
  expect(policy.get('script-src')).toEqual(["'none'"]);
  expect(policy.get('connect-src')).toEqual(["'none'"]);
  expect(page).not.toMatch(/<script|\son[a-z]+=|https?:\/\//i);
  expect(page).toContain('<section lang="fr"');
  expect(page).toContain('<section lang="en"');
});

test.each([16, 32, 64, 80])('assets/icon-%i.png is a real RGBA PNG of that size', (size) => {
  const png = readFileSync(path.join(DIST, 'assets', `icon-${size}.png`));
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.toString('ascii', 12, 16)).toBe('IHDR');
  expect([png.readUInt32BE(16), png.readUInt32BE(20), png[24], png[25]]).toEqual([
    size,
    size,
    8,
    6,
  ]);
});
