import { EXAMPLE_PROJECTS } from '@boussole/core';
import { PROJECT_SCORES } from '../../core/test/fixtures/golden';
import { demoKindOf, demoSheets, demoSizeOf, generatedProjects } from '../src/demo';
import { DEFAULT_SETTINGS, rankProjects } from '../src/ranking';
import { locateTable, parseRows } from '../src/table';

function read(kind: 'method' | 'portfolio', lang: 'fr' | 'en') {
  const [sheet] = demoSheets(kind, lang);
  const t = locateTable([{ sheet: sheet.name, row: 1, column: 1, values: sheet.cells }]);
  if (!t) throw new Error('no table');
  return { t, ...parseRows(t, t.mapping) };
}

describe('demo workbooks', () => {
  it.each(['fr', 'en'] as const)(
    'method (%s): the four docs/method.md projects, scored as golden',
    (lang) => {
      const { t, valid, invalid } = read('method', lang);
      expect(t.sheet).toBe(lang === 'fr' ? 'Score de priorisation' : 'Priority scoring');
      expect(invalid).toEqual([]);
      expect(valid.map((p) => p.name)).toEqual(EXAMPLE_PROJECTS.map((p) => p.name[lang]));
      const byRow = rankProjects(valid, DEFAULT_SETTINGS).sort((a, b) => a.row - b.row);
      expect(byRow.map((p) => p.score)).toEqual([...PROJECT_SCORES]);
    }
  );

  it('portfolio: 1 000 projects, the same on every call, a few invalid on purpose', () => {
    expect(generatedProjects('en')).toEqual(generatedProjects('en'));
    const { t, valid, invalid } = read('portfolio', 'en');
    expect(t.rows).toHaveLength(1000);
    expect(invalid.length).toBeGreaterThan(5);
    expect(valid.length + invalid.length).toBe(1000);
    expect(new Set(invalid.flatMap((r) => r.problems.map((p) => p.problem)))).toEqual(
      new Set(['blank', 'text', 'range'])
    );
  });

  it('empty: no table', () => {
    const [sheet] = demoSheets('empty', 'fr');
    expect(
      locateTable([{ sheet: sheet.name, row: 1, column: 1, values: sheet.cells }])
    ).toBeUndefined();
  });

  it('opens the demo an address asks for', () => {
    expect(demoKindOf('?demo=portfolio&lang=en')).toBe('portfolio');
    expect(demoKindOf('?demo=empty')).toBe('empty');
    expect(demoKindOf('?demo=nope')).toBe('method');
    expect(demoKindOf('')).toBe('method');
  });
});

describe('demoSizeOf', () => {
  it('reads ?projects=N within 1–100 000, else the default 1 000', () => {
    expect(demoSizeOf('?demo=portfolio&projects=10000')).toBe(10_000);
    expect(demoSizeOf('?projects=0')).toBe(1000);
    expect(demoSizeOf('?projects=1e9')).toBe(1000);
    expect(demoSizeOf('?projects=12.5')).toBe(1000);
    expect(demoSizeOf('')).toBe(1000);
    expect(demoSheets('portfolio', 'en', 12)[0].cells).toHaveLength(3 + 12);
  });
});
