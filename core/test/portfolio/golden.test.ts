/** The portfolio analysis on the golden example of docs/method.md §16, with and without envelopes. */
import { optimisePortfolio, type Envelope } from '../../src';

const ROWS: [string, number, number, Envelope][] = [
  ['A', 20, 38, 'pilots'],
  ['B', 25, 30, 'pilots'],
  ['C', 45, 60, 'scaling'],
  ['D', 15, 22, 'pilots'],
  ['E', 5, 12, 'pilots'],
  ['F', 20, 18, 'innovation'],
];
const projects = ROWS.map(([name, cost, value, envelope]) => ({ name, cost, value, envelope }));
const names = (funded: boolean[]): string[] => ROWS.filter((_, i) => funded[i]).map((r) => r[0]);

describe('portfolio analysis, golden example', () => {
  it('budget 100: A, B, C, E (95, 140); greedy E, A, D, C reaches 132', () => {
    const a = optimisePortfolio({ projects, budget: 100 }, 'en');
    expect(names(a.funded)).toEqual(['A', 'B', 'C', 'E']);
    expect([a.cost, a.value]).toEqual([95, 140]);
    expect(names(a.greedy.funded)).toEqual(['A', 'C', 'D', 'E']);
    expect(a.greedy.value).toBe(132);
    expect(a.reasons[3]).toEqual({ kind: 'over-budget' });
    expect(a.frontier.find((p) => p.budget === 100)?.value).toBe(140);
    // 5 more buys A, B, C, D (105, 150): D comes in, E goes out.
    expect(a.next).toEqual({ extra: 5, adds: ['D'] });
  });

  it('with 50/30/20 envelopes: A, B, E and F (98); C cannot fit the 30 scaling envelope', () => {
    const envelopes = { pilots: 50, scaling: 30, innovation: 20 };
    const a = optimisePortfolio({ projects, budget: 100, envelopes }, 'en');
    expect(names(a.funded)).toEqual(['A', 'B', 'E', 'F']);
    expect(a.value).toBe(98);
    expect(a.reasons[2]).toEqual({ kind: 'envelope-full', envelope: 'scaling' });
  });

  it('explains never, needs and excluded-by, and names the budget when must rows exceed it', () => {
    const linked = projects.map((p) =>
      p.name === 'B'
        ? { ...p, status: 'never' as const }
        : p.name === 'D'
          ? { ...p, requires: ['B'] }
          : p.name === 'F'
            ? { ...p, excludes: ['A'] }
            : p
    );
    const a = optimisePortfolio({ projects: linked, budget: 100 }, 'en');
    expect(a.reasons[1]).toEqual({ kind: 'never' });
    expect(a.reasons[3]).toEqual({ kind: 'needs', project: 'B' });
    expect(a.reasons[5]).toEqual({ kind: 'excluded-by', by: 'A' });
    const must = projects.map((p) => ({ ...p, status: 'must' as const }));
    const e = optimisePortfolio({ projects: must, budget: 100 }, 'fr');
    expect(e.error?.code).toBe('#NUM!');
    expect(e.error?.message).toContain('budget');
  });
});
