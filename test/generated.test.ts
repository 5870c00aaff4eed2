/** What the build generates from the catalogue agrees with it, and the committed docs are current. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CATALOGUE } from '@boussole/core';
import { excelMetadata } from '../scripts/gen/excel-metadata';
import { referenceMarkdown } from '../scripts/gen/reference';
import { sheetsWrappers } from '../scripts/gen/sheets-wrappers';
import { withReadmeTable } from '../scripts/build/generated';

const ROOT = path.resolve(__dirname, '..');

describe('Excel functions.json', () => {
  test.each(['en', 'fr'] as const)(
    '%s: one entry per catalogue function, same parameters in order',
    (lang) => {
      const meta = excelMetadata(lang);
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

  test('the built files are the generated ones', () => {
    for (const [file, lang] of [
      ['functions.json', 'en'],
      ['functions.fr.json', 'fr'],
    ] as const) {
      const built = JSON.parse(readFileSync(path.join(ROOT, 'dist', 'excel', file), 'utf8'));
      expect(built).toEqual(excelMetadata(lang));
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
  test('docs/functions.md is current (run npm run build)', () => {
    expect(readFileSync(path.join(ROOT, 'docs', 'functions.md'), 'utf8')).toBe(referenceMarkdown());
  });

  test('the README table is current (run npm run build)', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('<!-- functions:start');
    expect(withReadmeTable(readme)).toBe(readme);
  });

  test('every function is documented with its examples', () => {
    const doc = referenceMarkdown();
    for (const fn of CATALOGUE) {
      expect(doc).toContain(`### ${fn.id}`);
      expect(doc).toContain(fn.summary.fr);
    }
  });
});
