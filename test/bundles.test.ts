/**
 * What each built bundle carries (docs/performance.md, "Bundles"): functions.js computes without
 * the catalogue's help, the task pane opens without the templates, which templates.js holds, and
 * Code.js (loaded at every custom-function call) without them, which TemplateSpecs.html holds.
 * Reads the built dist/ (npm test builds first).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CATALOGUE } from '@boussole/core';
import { L as BUSINESS_CASE } from '../core/src/templates/business-case-text';
import { stripProperties } from '../scripts/build/strip-docs';

const DIST = path.join(__dirname, '..', 'dist');
const read = (f: string): string => readFileSync(path.join(DIST, f), 'utf8');
/** Minified bundles escape non-ASCII characters: look for ASCII texts only. */
const ascii = (texts: string[]): string[] => texts.filter((s) => /^[\x20-\x7e]+$/.test(s));

const help = ascii(
  CATALOGUE.flatMap((fn) => [
    fn.summary.en,
    fn.summary.fr,
    fn.result.help.en,
    ...fn.params.flatMap((p) => [p.help.en, p.help.fr]),
  ]).filter((s) => s.length > 12)
);

test('functions.js carries no function help; functions.json does; errors stay bilingual', () => {
  expect(help.length).toBeGreaterThan(40);
  const js = read('excel/functions.js');
  const json = read('excel/functions.json') + read('excel/functions.fr.json');
  expect(help.filter((s) => js.includes(s))).toEqual([]);
  expect(help.filter((s) => !json.includes(JSON.stringify(s).slice(1, -1)))).toEqual([]);
  expect(js).toContain('is not a number');
  expect(js).toContain("n'est pas un nombre");
});

const templateTexts = ascii(
  Object.values(BUSINESS_CASE).flatMap((t) => ('en' in t ? [t.en] : []))
).filter((s) => s.length > 12);

test.each([
  ['excel/taskpane.js', 'excel/templates.js'],
  ['sheets/Code.js', 'sheets/TemplateSpecs.html'],
])('%s goes without the templates; %s holds them', (without, holder) => {
  expect(templateTexts.length).toBeGreaterThan(5);
  const lean = read(without);
  const full = read(holder);
  expect(templateTexts.filter((s) => lean.includes(s))).toEqual([]);
  expect(templateTexts.filter((s) => !full.includes(s))).toEqual([]);
});

test('stripProperties removes the named properties of every object literal, nothing else', () => {
  const source = `export const F = define({ id: 'X', help: { fr: 'a', en: 'b' },
    params: [{ name: 'n', help: { fr: 'c', en: 'd' } }], examples: [1], impl: () => ({ help: 1 }) });`;
  const out = stripProperties(source, 'x.ts', ['help', 'examples']);
  expect(out).not.toMatch(/help|examples/);
  expect(out).toContain("id: 'X'");
  expect(out).toContain("name: 'n'");
  expect(out).toContain('impl: () => ({})');
});
