import { fieldOf, matchHeaders, missingCriteria } from '../src/headers';

describe('header names (FR/EN, accents, case and punctuation ignored)', () => {
  it.each([
    ['Projet', 'name'],
    ['Project', 'name'],
    ['Nom du projet', 'name'],
    ['Impact', 'impact'],
    ['IMPACT (0-10)', 'impact'],
    ['Effort', 'effort'],
    ['Risque', 'risk'],
    ['risk', 'risk'],
    ['Risques', 'risk'],
    ['Alignement stratégique', 'alignment'],
    ['ALIGNEMENT STRATEGIQUE', 'alignment'],
    ['Strategic alignment (0–10)', 'alignment'],
    ['Alignement', 'alignment'],
  ])('%s → %s', (header, field) => {
    expect(fieldOf(header)).toBe(field);
  });

  it.each(['Score', 'Rang', 'Impactful', 'Quadrant (Boussole)', '', null, 42])(
    '%p names no field',
    (header) => {
      expect(fieldOf(header)).toBeUndefined();
    }
  );

  it('maps each field to the left-most matching column and reports missing criteria', () => {
    const m = matchHeaders(['Projet', 'Impact', 'Effort', 'Note', 'Impact']);
    expect(m).toEqual({ name: 0, impact: 1, effort: 2, risk: undefined, alignment: undefined });
    expect(missingCriteria(m)).toEqual(['risk', 'alignment']);
  });
});
