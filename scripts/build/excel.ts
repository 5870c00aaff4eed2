/**
 * dist/excel: functions.js (classic script), taskpane.html/.js/.css (the shared-runtime page),
 * manifest.xml for ctx.baseUrl, support.html (the manifest's SupportUrl) and the icons. office.js comes from Microsoft's CDN; with
 * BOUSSOLE_OFFICE_JS=local the page loads a copy from @microsoft/office-js instead (dist/excel/office/),
 * which is enough outside Office (preview, browser tests) but not inside Excel.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import {
  TEMPLATE_IDS,
  templateCommand,
  templateName,
  type Lang,
  type TemplateId,
} from '@boussole/core';
import { bundleDefaults, type BuildContext } from './context';
import { ALL_DOCS, stripCatalogueDocs } from './strip-docs';

/** The templates' module, that taskpane.js imports on demand, relative to dist/excel. */
export const TEMPLATES_JS = 'templates.js';
export const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** Where the local copy goes, relative to dist/excel. */
export const LOCAL_OFFICE_JS = 'office/office.js';
/** office.js loads this companion file from its own folder, even outside Office. */
const OFFICE_JS_FILES = ['office.js', 'o15apptofilemappingtable.js'];

export type OfficeJsSource = 'cdn' | 'local';

export function officeJsSource(
  env: Record<string, string | undefined> = process.env
): OfficeJsSource {
  return env.BOUSSOLE_OFFICE_JS === 'local' ? 'local' : 'cdn';
}

export async function buildExcel(ctx: BuildContext): Promise<void> {
  const src = path.join(ctx.root, 'excel-addin', 'src');
  const out = path.join(ctx.dist, 'excel');
  mkdirSync(out, { recursive: true });
  const browser = { ...bundleDefaults, format: 'iife', platform: 'browser' } as const;
  await build({
    ...browser,
    entryPoints: [path.join(src, 'functions.ts')],
    outfile: path.join(out, 'functions.js'),
    // Excel reads the functions' help from functions.json; the script only computes.
    plugins: [stripCatalogueDocs(ctx.root, ALL_DOCS)],
  });
  // Two ES modules: taskpane.js, and templates.js that it imports on demand (ribbon command,
  // template insertion) from this site. Each holds all it needs: no shared chunk, so the page
  // opens with no request more than before (docs/performance.md, "Bundles").
  const esm = { ...bundleDefaults, platform: 'browser', format: 'esm' } as const;
  const templates = path.join(src, 'templates.ts');
  await build({
    ...esm,
    entryPoints: [path.join(src, 'taskpane.ts')],
    outfile: path.join(out, 'taskpane.js'),
    plugins: [onDemand(templates, `./${TEMPLATES_JS}`)],
  });
  await build({ ...esm, entryPoints: [templates], outfile: path.join(out, TEMPLATES_JS) });

  const office = officeJsSource();
  writeFileSync(
    path.join(out, 'taskpane.html'),
    taskpaneHtml(readFileSync(path.join(src, 'taskpane.html'), 'utf8'), office)
  );
  if (office === 'local') copyLocalOfficeJs(ctx.root, out);

  writeManifest(ctx);

  // The SupportUrl page: static help in French and English, no script.
  copyFileSync(path.join(src, 'support.html'), path.join(out, 'support.html'));

  const assets = path.join(ctx.root, 'excel-addin', 'assets');
  mkdirSync(path.join(out, 'assets'), { recursive: true });
  for (const f of readdirSync(assets).filter((f) => f.endsWith('.png'))) {
    copyFileSync(path.join(assets, f), path.join(out, 'assets', f));
  }
}

/**
 * Leaves `module` out of the bundle: its dynamic imports become imports of `url` (its own
 * bundle); a static import of it is an error, as it would bring it back into the page's opening.
 */
function onDemand(module: string, url: string): Plugin {
  const name = path.basename(module, '.ts');
  return {
    name: 'on-demand',
    setup(b) {
      b.onResolve({ filter: new RegExp(`^\\./${name}$`) }, (args) => {
        if (path.join(args.resolveDir, `${name}.ts`) !== module) return undefined;
        if (args.kind === 'dynamic-import') return { path: url, external: true };
        return { errors: [{ text: `${args.importer} must import ${name} on demand (import())` }] };
      });
    },
  };
}

/**
 * dist/excel/manifest.xml for ctx.baseUrl. Only the manifest holds the base URL, so `npm start
 * --no-build` rewrites just this file for the port it serves.
 */
export function writeManifest(ctx: BuildContext): void {
  const version = (
    JSON.parse(readFileSync(path.join(ctx.root, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  const manifest = readFileSync(path.join(ctx.root, 'manifests', 'excel', 'manifest.xml'), 'utf8');
  writeFileSync(
    path.join(ctx.dist, 'excel', 'manifest.xml'),
    renderManifest(manifest, ctx.baseUrl, version)
  );
}

export function taskpaneHtml(source: string, office: OfficeJsSource): string {
  const parts = source.split('{{OFFICE_JS}}');
  if (parts.length !== 2) throw new Error('taskpane.html must hold {{OFFICE_JS}} exactly once');
  return parts.join(office === 'local' ? LOCAL_OFFICE_JS : OFFICE_JS_CDN);
}

function copyLocalOfficeJs(root: string, out: string): void {
  const from = path.join(root, 'node_modules', '@microsoft', 'office-js', 'dist');
  mkdirSync(path.join(out, 'office'), { recursive: true });
  for (const f of OFFICE_JS_FILES) copyFileSync(path.join(from, f), path.join(out, 'office', f));
}

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Every French locale Office reports; each gets the French strings and function help. */
export const FRENCH_LOCALES = ['fr-FR', 'fr-BE', 'fr-CA', 'fr-CH', 'fr-LU'] as const;

/** Repeats each fr-FR override line (strings, display name, metadata URL) for every French locale. */
function everyFrenchLocale(xml: string): string {
  return xml.replace(/^([ \t]*<(?:bt:)?Override Locale=")fr-FR(".*)$/gm, (_line, head, tail) =>
    FRENCH_LOCALES.map((locale) => `${head}${locale}${tail}`).join('\n')
  );
}

/** Resource ids are at most 32 characters (bt:ShortString id). */
const labelId = (id: TemplateId): string => `Tpl.${id}`;
const tipId = (id: TemplateId): string => `TplTip.${id}`;

const TIP: Record<Lang, (name: string) => string> = {
  en: (name) => `Adds a new “${name}” sheet. Existing sheets are never changed.`,
  fr: (name) =>
    `Ajoute une nouvelle feuille « ${name} ». Les feuilles existantes ne sont jamais modifiées.`,
};

function localisedString(id: string, en: string, fr: string): string {
  return [
    `<bt:String id="${id}" DefaultValue="${escapeXml(en)}">`,
    `  <bt:Override Locale="fr-FR" Value="${escapeXml(fr)}" />`,
    `</bt:String>`,
  ].join('\n');
}

function menuItem(id: TemplateId): string {
  return [
    `<Item id="Boussole.Tpl.${id}">`,
    `  <Label resid="${labelId(id)}" />`,
    `  <Supertip>`,
    `    <Title resid="${labelId(id)}" />`,
    `    <Description resid="${tipId(id)}" />`,
    `  </Supertip>`,
    `  <Action xsi:type="ExecuteFunction">`,
    `    <FunctionName>${templateCommand(id, false)}</FunctionName>`,
    `  </Action>`,
    `</Item>`,
  ].join('\n');
}

/** Replaces a `<!-- {{MARK}} -->` line with generated lines at the same indentation. */
function fill(xml: string, mark: string, blocks: readonly string[]): string {
  const re = new RegExp(`^([ \\t]*)<!-- \\{\\{${mark}\\}\\} -->$`, 'm');
  const m = re.exec(xml);
  if (!m) throw new Error(`manifest source has no <!-- {{${mark}}} --> marker`);
  const indent = m[1];
  const text = blocks
    .join('\n')
    .split('\n')
    .map((line) => indent + line)
    .join('\n');
  return xml.slice(0, m.index) + text + xml.slice(m.index + m[0].length);
}

/** The built manifest: base URL and version substituted, one menu item per template id. */
export function renderManifest(source: string, baseUrl: string, version: string): string {
  const base = baseUrl.replace(/\/+$/, '');
  let xml = source.replace(/\{\{BASE_URL\}\}/g, escapeXml(base)).replace('{{VERSION}}', version);
  xml = fill(xml, 'TEMPLATE_ITEMS', TEMPLATE_IDS.map(menuItem));
  xml = fill(
    xml,
    'TEMPLATE_SHORT_STRINGS',
    TEMPLATE_IDS.map((id) =>
      localisedString(labelId(id), templateName(id, 'en'), templateName(id, 'fr'))
    )
  );
  xml = fill(
    xml,
    'TEMPLATE_LONG_STRINGS',
    TEMPLATE_IDS.map((id) =>
      localisedString(tipId(id), TIP.en(templateName(id, 'en')), TIP.fr(templateName(id, 'fr')))
    )
  );
  return everyFrenchLocale(xml);
}
