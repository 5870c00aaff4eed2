/**
 * What the build generates from the catalogue agrees with it, and the tracked generated docs are
 * current: compared with the generator's output without writing (a stale one fails: run
 * `npm run docs`).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CATALOGUE } from '@boussole/core';
import { writeDocs } from '../scripts/docs';
import { excelMetadata } from '../scripts/gen/excel-metadata';
import { hostNotesMarkdown, zeroRowResult } from '../scripts/gen/host-notes';
import {
  GENERATED_DOCS,
  README_END,
  README_START,
  referenceMarkdown,
  withReadmeTable,
} from '../scripts/gen/reference';
import { sheetsWrappers } from '../scripts/gen/sheets-wrappers';

const ROOT = path.resolve(__dirname, '..');

describe('Excel functions.json', () => {
  test.each(['en', 'fr'] as const)(
    '%s: one entry per catalogue function, same parameters in order',
    (lang) => {
      const meta = excelMetadata(lang);
      // Error cells come in, so one bad cell fails only its own element (docs/excel.md).
      expect(meta.allowErrorForDataTypeAny).toBe(true);
      expect(meta.functions.map((f) => f.id)).toEqual(CATALOGUE.map((f) => f.id));
      for (const [i, fn] of CATALOGUE.entries()) {
        const m = meta.functions[i];
        expect(m.name).toBe(fn.id);
        expect(m.description).toContain(fn.summary[lang]);
        expect(m.parameters.map((p) => p.name)).toEqual(fn.params.map((p) => p.name));
        expect(m.parameters.map((p) => p.optional === true)).toEqual(
          fn.params.map((p) => p.optional === true)
        );
        expect(m.parameters.map((p) => p.description)).toEqual(fn.params.map((p) => p.help[lang]));
        // Optional parameters come last: Excel cannot skip a required one after an optional one.
        const firstOptional = fn.params.findIndex((p) => p.optional);
        if (firstOptional >= 0)
          expect(fn.params.slice(firstOptional).every((p) => p.optional)).toBe(true);
      }
    }
  );

  test('the built files hold the catalogue, in order, with its parameters', () => {
    for (const [file, lang] of [
      ['functions.json', 'en'],
      ['functions.fr.json', 'fr'],
    ] as const) {
      const built = JSON.parse(readFileSync(path.join(ROOT, 'dist', 'excel', file), 'utf8')) as {
        functions: { id: string; description: string; parameters: { name: string }[] }[];
      };
      expect(built.functions.map((f) => f.id)).toEqual(CATALOGUE.map((f) => f.id));
      for (const [i, fn] of CATALOGUE.entries()) {
        expect(built.functions[i].description).toContain(fn.summary[lang]);
        expect(built.functions[i].parameters.map((p) => p.name)).toEqual(
          fn.params.map((p) => p.name)
        );
      }
    }
  });
});

describe('Apps Script wrappers', () => {
  const source = sheetsWrappers();

  test.each(CATALOGUE.map((f) => [f.id, f] as const))(
    'AI_%s: top-level, JSDoc, real parameter names',
    (id, fn) => {
      const names = fn.params.map((p) => p.name);
      const decl = `function AI_${id}(${names.join(', ')}) {`;
      const at = source.indexOf(decl);
      expect(at).toBeGreaterThan(0);
      const doc = source.slice(source.lastIndexOf('/**', at), at);
      expect(doc).toContain('@customfunction');
      for (const n of names) expect(doc).toMatch(new RegExp(`@param \\{[^}]+\\} \\[?${n}\\]?`));
      expect(doc).toContain(fn.summary.en);
      expect(doc).toContain(fn.summary.fr);
    }
  );

  test('the wrappers are valid JavaScript declaring exactly the catalogue functions', () => {
    const declared = [...source.matchAll(/^function (AI_\w+)\(/gm)].map((m) => m[1]);
    expect(declared).toEqual(CATALOGUE.map((f) => `AI_${f.id}`));
    expect(() => new Function(source)).not.toThrow();
  });
});

describe('function reference', () => {
  test.each(GENERATED_DOCS.map((d) => [d.file, d] as const))(
    '%s is current (run npm run docs)',
    (file, doc) => {
      const current = readFileSync(path.join(ROOT, file), 'utf8');
      expect(doc.expected(current)).toBe(current);
    }
  );

  test('docs/functions.md is the reference', () => {
    expect(readFileSync(path.join(ROOT, 'docs', 'functions.md'), 'utf8')).toBe(referenceMarkdown());
  });

  test('the README carries the table between its markers, one row per function', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf(README_START), readme.indexOf(README_END));
    expect(table).not.toBe('');
    for (const fn of CATALOGUE) expect(table).toContain(`| \`AI_${fn.id}\` |`);
  });

  test('a stale README table or reference is what the check catches, and npm run docs fixes', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'boussole-docs-'));
    mkdirSync(path.join(root, 'docs'));
    const stale = `# Title\n\n${README_START}\n| old |\n${README_END}\n\nAfter.\n`;
    writeFileSync(path.join(root, 'README.md'), stale);
    writeFileSync(path.join(root, 'docs', 'functions.md'), 'old');
    expect(withReadmeTable(stale)).not.toBe(stale);
    expect(writeDocs(root).sort()).toEqual(['README.md', 'docs/functions.md']);
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    expect(readme).toMatch(/^# Title\n\n<!-- functions:start .*-->\n\| Excel \|/);
    expect(readme.endsWith(`${README_END}\n\nAfter.\n`)).toBe(true);
    expect(readFileSync(path.join(root, 'docs', 'functions.md'), 'utf8')).toBe(referenceMarkdown());
    expect(writeDocs(root)).toEqual([]);
  });

  test('every function is documented with its examples', () => {
    const doc = referenceMarkdown();
    for (const fn of CATALOGUE) {
      expect(doc).toContain(`### ${fn.id}`);
      expect(doc).toContain(fn.summary.fr);
    }
  });
});

describe('docs/functions.md: what hosts do', () => {
  test('one row per catalogue function says what a blank row read as zeros gives', () => {
    const notes = hostNotesMarkdown();
    for (const fn of CATALOGUE) expect(notes).toContain(`| ${fn.id} | `);
    expect(referenceMarkdown()).toContain(notes);
    // Spot checks against the method: zero cost is out of domain, an all-zero NPS row is -100.
    const byId = (id: string) => CATALOGUE.find((f) => f.id === id)!;
    expect(zeroRowResult(byId('ROI'))).toBe('#NUM! (project_cost must be greater than 0 (got 0))');
    expect(zeroRowResult(byId('NPS'))).toBe('-100');
    expect(zeroRowResult(byId('BUDGETSPLIT'))).toBe('0, 0, 0');
  });

  test('the host limits are written in both languages', () => {
    const notes = hostNotesMarkdown();
    for (const s of [
      'TRUE/FALSE are not numbers',
      'VRAI/FAUX ne sont pas des nombres',
      'Excel shows a custom message only for #VALUE! and #N/A',
      'pass 0 for an empty cell inside a range',
      'A blank row is safest left out of the range',
    ])
      expect(notes).toContain(s);
  });
});
