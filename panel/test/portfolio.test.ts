import { AI_ACT_DUTIES, optimisePortfolio } from '@boussole/core';
import { headerWithNote, type SheetBlock } from '@boussole/panel/protocol';
import { checkBudget, money } from '../src/portfolio/budget';
import { locatePortfolio, portfolioFieldOf, readProjects } from '../src/portfolio/table';
import { planFunded } from '../src/portfolio/write-back';
import { generatedRegister, portfolioSheet } from '../src/portfolio/demo';

const block = (values: SheetBlock['values']): SheetBlock => ({
  sheet: 'S',
  row: 1,
  column: 1,
  values,
});

describe('portfolio register', () => {
  it('finds the columns by their French or English names', () => {
    expect(
      ['Projet', 'Coût (k€)', 'Enveloppe', 'Statut', 'Requiert', 'Exclut', 'Financé'].map(
        portfolioFieldOf
      )
    ).toEqual(['name', 'cost', 'envelope', 'status', 'requires', 'excludes', 'funded']);
    expect(
      ['Project', 'Cost', 'Envelope', 'Status', 'Requires', 'Excludes', 'Funded'].map(
        portfolioFieldOf
      )
    ).toEqual(['name', 'cost', 'envelope', 'status', 'requires', 'excludes', 'funded']);
    expect(portfolioFieldOf('P50 net benefit')).toBeUndefined();
  });

  it('still finds the Funded column when its note sits on the header’s second line', () => {
    const header = headerWithNote('Financé', 'Budget 100 — 2026-12-02');
    expect(portfolioFieldOf(header)).toBe('funded');
    expect(headerWithNote(header, 'Budget 80')).toBe('Financé\nBudget 80');
    expect(portfolioFieldOf('Projet\nFinancé')).toBe('name');
  });

  it('reads the demo register: budget, unit, value column, envelopes', () => {
    for (const lang of ['fr', 'en'] as const) {
      const sheet = portfolioSheet(lang);
      const t = locatePortfolio([{ sheet: sheet.name, row: 1, column: 1, values: sheet.cells }]);
      if (!t) throw new Error('no register');
      expect([t.headerRow, t.budget, t.unit, t.headers[t.valueColumns[0]]]).toEqual([
        4,
        100,
        'k€',
        lang === 'fr' ? 'Valeur (k€)' : 'Value (k€)',
      ]);
      const { projects, rows, invalid } = readProjects(t, t.valueColumns[0]);
      expect(invalid).toEqual([]);
      expect(rows).toEqual([5, 6, 7, 8, 9, 10]);
      expect(projects.map((p) => [p.cost, p.value, p.envelope])).toEqual([
        [20, 38, 'pilots'],
        [25, 30, 'pilots'],
        [45, 60, 'scaling'],
        [15, 22, 'pilots'],
        [5, 12, 'pilots'],
        [20, 18, 'innovation'],
      ]);
    }
  });

  it('prefers a value column by name, reads statuses and lists, and lists rows it cannot read', () => {
    const t = locatePortfolio([
      block([
        [
          'Project',
          'Cost',
          'Priority score',
          'P50 net benefit',
          'Status',
          'Requires',
          'Excludes',
          'Envelope',
        ],
        ['A', 10, 7, 100, 'obligatoire', '', 'B', 'pilotes'],
        ['B', '1 000 €', 6, 50, 'never', 'A; C', null, null],
        ['C', 'n/a', 5, 40, null, null, null, null],
        ['D', 5, 4, 30, 'maybe', null, null, null],
        ['E', 5, 4, 30, null, null, null, 'moonshots'],
        ['A', 5, 4, 30, null, null, null, null],
      ]),
    ]);
    if (!t) throw new Error('no register');
    expect(t.valueColumns.map((i) => t.headers[i])).toEqual(['P50 net benefit', 'Priority score']);
    const r = readProjects(t, t.valueColumns[0]);
    expect(r.projects).toEqual([
      {
        name: 'A',
        cost: 10,
        value: 100,
        envelope: 'pilots',
        status: 'must',
        requires: [],
        excludes: ['B'],
      },
      {
        name: 'B',
        cost: 1000,
        value: 50,
        envelope: undefined,
        status: 'never',
        requires: ['A', 'C'],
        excludes: [],
      },
    ]);
    expect(r.invalid.map((x) => [x.row, x.problem, x.value])).toEqual([
      [4, 'cost', 'n/a'],
      [5, 'status', 'maybe'],
      [6, 'envelope', 'moonshots'],
      [7, 'name', 'A'],
    ]);
  });
});

describe('AI Act column', () => {
  it('reads FR/EN header names for the AI Act use', () => {
    expect(
      ['AI Act', 'AI Act category', 'Catégorie AI Act', 'Domaine AI Act'].map(portfolioFieldOf)
    ).toEqual(['aiact', 'aiact', 'aiact', 'aiact']);
  });

  it('forces a prohibited use to never (with its reason) and keeps high-risk duties', () => {
    const t = locatePortfolio([
      block([
        ['Projet', 'Coût', 'Valeur', 'Statut', 'Catégorie AI Act'],
        ['Émotions RH', 10, 100, 'obligatoire', 'emotion-workplace'],
        ['Tri des CV', 10, 40, '', 'recrutement'],
        ['Chatbot', 10, 30, '', 'chatbot'],
        ['Relances', 10, 20, '', ''],
        ['Divers', 10, 10, '', 'astrologie'],
      ]),
    ]);
    if (!t) throw new Error('no register');
    const rows = readProjects(t, 2);
    expect(rows.invalid).toEqual([]);
    expect(rows.projects.map((p) => p.status)).toEqual(['never', 'free', 'free', 'free', 'free']);
    expect(rows.aiact.map((c) => c?.category)).toEqual([
      'unacceptable',
      'high',
      'limited',
      undefined,
      undefined,
    ]);
    expect(rows.aiact[0]?.reason?.fr).toMatch(/^Pratique d’IA interdite \(Art\. 5\(1\)\(f\)\)/);
    expect(rows.aiact[1]?.duties).toBe(AI_ACT_DUTIES.high.deployer);
    // The best-value project would be funded without the AI Act column; with it, it cannot be.
    const answer = optimisePortfolio({ projects: rows.projects, budget: 20 });
    expect(answer.funded).toEqual([false, true, true, false, false]);
    expect(answer.reasons[0]).toEqual({ kind: 'never' });
  });
});

describe('budget', () => {
  it('reads money and the 50/30/20 envelopes', () => {
    expect(money('100 000 €')).toBe(100000);
    expect(money('1,500')).toBeNaN();
    expect(checkBudget({ total: '100', split: false, shares: [] })).toEqual({
      ok: true,
      budget: 100,
    });
    expect(checkBudget({ total: '100', split: true, shares: ['50', '30', '20'] })).toEqual({
      ok: true,
      budget: 100,
      envelopes: { pilots: 50, scaling: 30, innovation: 20 },
    });
  });

  it('refuses a bad total, a bad share and shares that do not total 100 %', () => {
    expect(checkBudget({ total: '-5', split: false, shares: [] })).toEqual({
      ok: false,
      problem: 'total',
    });
    expect(checkBudget({ total: 'abc', split: false, shares: [] })).toEqual({
      ok: false,
      problem: 'total',
    });
    expect(checkBudget({ total: '100', split: true, shares: ['50', '130', 'x'] })).toEqual({
      ok: false,
      problem: 'shares',
      bad: ['scaling', 'innovation'],
    });
    expect(checkBudget({ total: '100', split: true, shares: ['60', '30', '20'] })).toEqual({
      ok: false,
      problem: 'sharesTotal',
    });
  });
});

describe('planFunded', () => {
  it('writes one value per register row, blank for rows not read, into the Funded column', () => {
    const sheet = portfolioSheet('en');
    const t = locatePortfolio([{ sheet: sheet.name, row: 1, column: 1, values: sheet.cells }]);
    if (!t) throw new Error('no register');
    const plan = planFunded(
      t,
      new Set([5, 7]),
      new Set([5, 6, 7, 8, 9]),
      'word',
      { budget: '100 k€', date: '2026-12-02' },
      'en'
    );
    expect(plan).toEqual({
      sheet: 'Portfolio',
      row: 4,
      column: 8,
      header: 'Funded (Boussole)',
      note: 'Boussole optimum for a budget of 100 k€, on 2026-12-02.',
      values: ['Yes', 'No', 'Yes', 'No', 'No', ''],
      overwrite: false,
    });
    expect(
      planFunded(t, new Set([5]), new Set([5]), 'number', { budget: '1', date: 'd' }, 'fr').values
    ).toEqual([1, '', '', '', '', '']);
  });
});

describe('generated register', () => {
  it('reads back whole: 200 projects, three envelopes, five requires and five excludes', () => {
    const sheet = portfolioSheet('en', 200);
    const t = locatePortfolio([{ sheet: sheet.name, row: 1, column: 1, values: sheet.cells }]);
    if (!t) throw new Error('no register');
    const { projects, invalid } = readProjects(t, t.valueColumns[0]);
    expect(invalid).toEqual([]);
    expect(projects).toHaveLength(200);
    expect(new Set(projects.map((p) => p.envelope))).toEqual(
      new Set(['pilots', 'scaling', 'innovation'])
    );
    expect(projects.filter((p) => p.requires?.length).length).toBe(5);
    expect(projects.filter((p) => p.excludes?.length).length).toBe(5);
    expect(t.budget).toBe(generatedRegister('en', 200).budget);
  });
});
