import { EXAMPLE_PROJECTS } from '@boussole/core';
import { DEFAULT_SETTINGS, rankProjects, weightsValid, type Settings } from '../src/ranking';
import type { ProjectRow } from '../src/table';

const rows: ProjectRow[] = EXAMPLE_PROJECTS.map((p, i) => ({
  row: i + 4,
  name: p.name.en,
  scores: { impact: p.impact, effort: p.effort, risk: p.risk, alignment: p.alignment },
}));

describe('rankProjects', () => {
  it('gives the docs/method.md scores 7.3 / 6.1 / 6.1 / 7.3, ties sharing a rank as RANK does', () => {
    const ranked = rankProjects(rows, DEFAULT_SETTINGS);
    expect(ranked.map((p) => [p.row, p.score, p.rank])).toEqual([
      [4, 7.3, 1],
      [7, 7.3, 1],
      [5, 6.1, 3],
      [6, 6.1, 3],
    ]);
    expect(ranked.map((p) => p.quadrant)).toEqual([
      'quick-win',
      'quick-win',
      'major-project',
      'major-project',
    ]);
  });

  it('re-ranks when the weights change', () => {
    const impactOnly: Settings = { ...DEFAULT_SETTINGS, weights: [1, 0, 0, 0] };
    const ranked = rankProjects(rows, impactOnly);
    expect(ranked.map((p) => [p.name, p.score, p.rank])).toEqual([
      ['Supply-chain optimisation', 10, 1],
      ['Invoice automation', 9, 2],
      ['Predictive marketing', 8, 3],
      ['HR recruitment assistant', 7, 4],
    ]);
  });

  it('scores effort and risk as they are in the benefit direction', () => {
    const benefit: Settings = { ...DEFAULT_SETTINGS, direction: 'benefit' };
    const [first] = rankProjects([rows[0]], benefit);
    // 0.4×9 + 0.3×5 + 0.2×3 + 0.1×8, with effort 5 read as ease 5: high effort is 10 − 5 = 5, not > 5.
    expect(first.score).toBe(6.5);
    expect(first.quadrant).toBe('quick-win');
    const [hard] = rankProjects(
      [{ ...rows[0], scores: { ...rows[0].scores, effort: 2 } }],
      benefit
    );
    expect(hard.quadrant).toBe('major-project');
  });

  it('moves a project across quadrants with the threshold', () => {
    const [p] = rankProjects([rows[1]], { ...DEFAULT_SETTINGS, threshold: 6 });
    expect(p.quadrant).toBe('quick-win'); // impact 7 > 6, effort 6 not > 6
  });
});

describe('weightsValid', () => {
  it.each([
    [[0.4, 0.3, 0.2, 0.1], true],
    [[0.25, 0.25, 0.25, 0.25], true],
    [[0.1 + 0.2, 0.3, 0.3, 0.1], true],
    [[0.4, 0.3, 0.2, 0.2], false],
    [[1.2, -0.2, 0, 0], false],
    [[Number.NaN, 0.3, 0.2, 0.1], false],
  ] as const)('%p → %p', (w, ok) => {
    expect(weightsValid(w)).toBe(ok);
  });
});
