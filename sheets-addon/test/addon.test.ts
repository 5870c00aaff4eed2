/**
 * The add-on around the functions: the top-level functions Apps Script needs, the menu built in
 * AuthMode.NONE, the sidebars, insertTemplate's checks, and the manifest's scopes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CATALOGUE, TEMPLATE_IDS, templateName, type Lang } from '@boussole/core';
import { SHEETS_CALLS } from '@boussole/panel/protocol';
import type { FakeMenu } from '../../test/fakes/sheets';
import { codeText, DIST, loadCode } from './code-js';

const code = codeText();
const ROOT = path.resolve(__dirname, '..', '..');

/** The names of the top-level function declarations of Code.js. */
const declared = new Set([...code.matchAll(/^function (\w+)\(/gm)].map((m) => m[1]));

describe('top-level functions', () => {
  test.each(['onOpen', 'onInstall', 'insertTemplate', 'showPanel', 'showFunctionReference'])(
    '%s is declared at top level and callable',
    (name) => {
      expect(declared.has(name)).toBe(true);
      expect(typeof (loadCode({}, code).context as Record<string, unknown>)[name]).toBe('function');
    }
  );

  test('every function is declared once, and the bundle adds no other global than its own', () => {
    const names = [...code.matchAll(/^function (\w+)\(/gm)].map((m) => m[1]);
    expect(new Set(names).size).toBe(names.length);
    const s = loadCode({}, code);
    const fakes = Object.keys(s.world.globals());
    const added = Object.keys(s.context).filter((k) => !fakes.includes(k) && !declared.has(k));
    expect(added).toEqual(['BoussoleSheets']);
  });
});

function menuOf(lang: Lang) {
  const s = loadCode({ userLocale: lang, authMode: 'NONE' }, code);
  s.runAs('NONE', 'onOpen', { authMode: 'NONE' });
  return s;
}

describe('the add-on menu, built in AuthMode.NONE', () => {
  test.each(['fr', 'en'] as const)('%s: without touching the document', (lang) => {
    const s = menuOf(lang);
    const touched = [...s.world.log.counts.keys()].filter(
      (k) => !/^(Session|Ui|Menu)\./.test(k) && k !== 'SpreadsheetApp.getUi'
    );
    expect(touched).toEqual([]);
    expect(s.world.ui.menus).toHaveLength(1);
    expect(s.world.ui.menus[0].caption).toBeNull(); // the add-on menu, not a top menu
  });

  test.each(['fr', 'en'] as const)('%s: panel, two template submenus, reference', (lang) => {
    const s = menuOf(lang);
    const items = s.world.ui.menus[0].items.filter((i) => !i.separator);
    const labels = {
      fr: [
        'Panneau de priorisation',
        'Insérer un modèle',
        'Insérer un modèle avec exemple',
        'Référence des fonctions',
      ],
      en: [
        'Priority panel',
        'Insert template',
        'Insert template with example',
        'Function reference',
      ],
    }[lang];
    expect(items.map((i) => i.caption)).toEqual(labels);
    for (const sub of [items[1].submenu, items[2].submenu] as FakeMenu[]) {
      expect(sub.items.map((i) => i.caption)).toEqual(
        TEMPLATE_IDS.map((id) => templateName(id, lang))
      );
    }
  });

  test('every menu item calls a top-level function, each template its own', () => {
    const s = menuOf('en');
    const targets: string[] = [];
    const walk = (m: FakeMenu): void =>
      m.items.forEach((i) =>
        i.submenu ? walk(i.submenu) : i.functionName && targets.push(i.functionName)
      );
    walk(s.world.ui.menus[0]);
    expect(targets).toHaveLength(2 + 2 * TEMPLATE_IDS.length);
    expect(new Set(targets).size).toBe(targets.length);
    for (const t of targets) {
      expect(declared.has(t)).toBe(true);
      expect(t.endsWith('_')).toBe(false);
    }
  });

  test('onInstall builds the same menu', () => {
    const s = loadCode({ userLocale: 'en', authMode: 'NONE' }, code);
    s.runAs('NONE', 'onInstall', { authMode: 'NONE' });
    expect(s.world.ui.menus[0].items.map((i) => i.caption)).toEqual(
      menuOf('en').world.ui.menus[0].items.map((i) => i.caption)
    );
  });
});

const escaped = (t: string): string =>
  t
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

describe('sidebars', () => {
  test('the panel build wrote Sidebar.html, and showPanel serves it', () => {
    const html = readFileSync(path.join(DIST, 'Sidebar.html'), 'utf8');
    const s = loadCode({ userLocale: 'en', htmlFiles: { Sidebar: html } }, code);
    s.run('showPanel');
    // The page speaks the menus' language: its lang attribute is the user's, not the browser's.
    expect(html).toContain('<html lang="fr">');
    expect(s.world.ui.sidebars[0].getContent()).toBe(
      html.replace('<html lang="fr">', '<html lang="en">')
    );
    expect(s.world.ui.sidebars[0].getTitle()).toBe('Boussole — Priority panel');
  });

  test.each(Object.values(SHEETS_CALLS))(
    'the sidebar calls %s through google.script.run: a top-level function',
    (name) => {
      expect(declared.has(name)).toBe(true);
      expect(name.endsWith('_')).toBe(false);
    }
  );

  test('showPanel opens the Sidebar file with a localised title', () => {
    const s = loadCode({ userLocale: 'fr', htmlFiles: { Sidebar: '<p>panel</p>' } }, code);
    s.run('showPanel');
    expect(s.world.ui.sidebars).toHaveLength(1);
    expect(s.world.ui.sidebars[0].getContent()).toBe('<p>panel</p>');
    expect(s.world.ui.sidebars[0].getTitle()).toBe('Boussole — Panneau de priorisation');
  });

  test.each(['fr', 'en'] as const)(
    '%s: the function reference lists every function, escaped',
    (lang) => {
      const s = loadCode({ userLocale: lang }, code);
      s.run('showFunctionReference');
      const html = s.world.ui.sidebars[0].getContent();
      for (const fn of CATALOGUE) {
        expect(html).toContain(`=AI_${fn.id}(`);
        expect(html).toContain(escaped(fn.summary[lang]));
      }
      expect(html).not.toMatch(/<script/i);
    }
  );
});

describe('insertTemplate(id, options)', () => {
  test('refuses an unknown id, in the user language, naming the valid ones', () => {
    const s = loadCode({ userLocale: 'en' }, code);
    expect(() => s.run('insertTemplate', 'nope', {})).toThrow(
      /^Unknown template: nope\. Templates: process-audit, /
    );
    expect(() => loadCode({ userLocale: 'fr' }, code).run('insertTemplate', 'nope')).toThrow(
      /^Modèle inconnu/
    );
  });

  test('refuses options that are not { lang, examples }', () => {
    const s = loadCode({ userLocale: 'en' }, code);
    expect(() => s.run('insertTemplate', 'budget', { lang: 'de' })).toThrow(/^Invalid options/);
    expect(() => s.run('insertTemplate', 'budget', { examples: 'yes' })).toThrow(
      /^Invalid options/
    );
    expect(s.world.log.total('Spreadsheet.')).toBe(0);
  });
});

describe('manifest', () => {
  const manifests = [
    path.join(ROOT, 'manifests', 'sheets', 'appsscript.json'),
    path.join(DIST, 'appsscript.json'),
  ];
  test.each(manifests)('%s: V8, exactly the two scopes, an Editor add-on', (file) => {
    const m = JSON.parse(readFileSync(file, 'utf8'));
    expect(m.runtimeVersion).toBe('V8');
    expect(m.timeZone).toBe('Europe/Paris');
    expect(m.exceptionLogging).toBe('STACKDRIVER');
    expect(m.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
    expect(m).not.toHaveProperty('addOns');
  });
});
