/**
 * Templates through Code.js as the menu and the panel reach them: the top-level insertTemplate
 * returns the new sheet's name, never touches an existing sheet, and the menu items insert with or
 * without the example data. (The drawing itself is tested with the renderer.)
 */
import { TEMPLATE_IDS, templateName } from '@boussole/core';
import type { FakeSheet } from '../../test/fakes/sheets';
import { codeText, loadCode } from './code-js';

const code = codeText();

/** How many cells hold typed values (not formulas): the example data adds some. */
const typed = (sheet: FakeSheet): number =>
  sheet
    .values()
    .flat()
    .filter((v) => v !== '').length;

describe.each(['fr', 'en'] as const)('insertTemplate (%s)', (lang) => {
  test.each(TEMPLATE_IDS)('%s: a new sheet, named in the language asked, returned', (id) => {
    const s = loadCode({ userLocale: lang === 'fr' ? 'en' : 'fr' }, code);
    const before = s.world.sheets.length;
    const name = s.run<string>('insertTemplate', id, { lang, examples: true });
    expect(name).toBe(templateName(id, lang));
    expect(s.world.sheets).toHaveLength(before + 1);
    expect(s.world.sheet(name).getLastRow()).toBeGreaterThan(0);
  });
});

test('the language defaults to the user locale, examples to none', () => {
  const s = loadCode({ userLocale: 'en' }, code);
  const blank = s.run<string>('insertTemplate', 'priority-scoring');
  expect(blank).toBe('Priority scoring');
  const filled = s.run<string>('insertTemplate', 'priority-scoring', { examples: true });
  expect(filled).toBe('Priority scoring (2)');
  expect(typed(s.world.sheet(filled))).toBeGreaterThan(typed(s.world.sheet(blank)));
});

test('a name clash gets a new name; the existing sheet is left as it was', () => {
  const s = loadCode({ userLocale: 'fr', sheets: { Budget: [['mine', '=1+1']] } }, code);
  expect(s.run('insertTemplate', 'budget', { lang: 'fr' })).toBe('Budget (2)');
  expect(s.world.sheet('Budget').dump()).toEqual([['mine', '=1+1']]);
});

test('the menu items insert, with or without examples, and say which sheet they created', () => {
  const s = loadCode({ userLocale: 'en' }, code);
  s.run('insertTemplatePriorityScoring');
  s.run('insertExamplePriorityScoring');
  expect(s.world.sheets.map((x) => x.name)).toEqual(
    expect.arrayContaining(['Priority scoring', 'Priority scoring (2)'])
  );
  expect(typed(s.world.sheet('Priority scoring (2)'))).toBeGreaterThan(
    typed(s.world.sheet('Priority scoring'))
  );
  expect(s.world.rawSpreadsheet.toasts).toEqual([
    'Sheet created: Priority scoring',
    'Sheet created: Priority scoring (2)',
  ]);
  expect(s.world.ui.alerts).toEqual([]);
});
