import {
  badWeights,
  hasUnit,
  mappingWarnings,
  ownColumns,
  percent,
  threshold,
  writeKey,
} from '../src/inputs';
import { matchHeaders } from '../src/headers';

describe('percent', () => {
  it.each([
    ['40', 0.4],
    ['40 %', 0.4],
    ['40%', 0.4],
    ['12,5', 0.125],
    ['12.5 %', 0.125],
    ['0', 0],
  ])('reads %j as %d', (text, fraction) => expect(percent(text)).toBeCloseTo(fraction, 12));

  it.each(['', 'abc', '5 €', '€5', '40 % %', '1e3x'])('refuses %j', (text) =>
    expect(percent(text)).toBeNaN()
  );
});

describe('threshold', () => {
  it.each([
    ['5', 5],
    ['7,5', 7.5],
    ['0', 0],
    ['10', 10],
  ])('reads %j as %d', (text, n) => expect(threshold(text)).toBe(n));

  it.each(['5 %', '5%', '5 €', '€ 5', '5 pts', '11', '-1', ''])('refuses %j', (text) =>
    expect(threshold(text)).toBeNaN()
  );

  it('says when a unit was typed, not only that the text is wrong', () => {
    expect(hasUnit('5 %')).toBe(true);
    expect(hasUnit('5 €')).toBe(true);
    expect(hasUnit('5')).toBe(false);
    expect(hasUnit('abc')).toBe(false);
  });
});

describe('badWeights', () => {
  it('names which weights are out of 0–100', () => {
    expect(badWeights(['40', '30', '20', '10'])).toEqual([]);
    expect(badWeights(['40', '130', '20', 'x'])).toEqual([1, 3]);
    expect(badWeights(['-5', '30', '20 €', '10'])).toEqual([0, 2]);
  });
});

describe('mappingWarnings', () => {
  const headers = ['Projet', 'Impact', 'Effort', 'Risque', 'Alignement stratégique'];
  const found = matchHeaders(headers);

  it('finds nothing in the mapping read from the headers', () => {
    expect(mappingWarnings(found, headers)).toEqual([]);
  });

  it('warns when two criteria read the same column', () => {
    expect(mappingWarnings({ ...found, risk: 2 }, headers)).toEqual([
      { kind: 'shared', column: 2, fields: ['effort', 'risk'] },
    ]);
  });

  it('warns when the name reads a score column', () => {
    expect(mappingWarnings({ ...found, name: 1, impact: undefined }, headers)).toEqual([
      { kind: 'nameIsScore', column: 1 },
    ]);
    expect(mappingWarnings({ ...found, name: 1 }, headers)).toEqual([
      { kind: 'shared', column: 1, fields: ['name', 'impact'] },
    ]);
  });
});

describe('ownColumns', () => {
  const request = { sheet: 'S', row: 3, column: 6 };
  it('is true inside the table read or where the last write landed', () => {
    expect(ownColumns(request, { lastColumn: 8 }, undefined)).toBe(true);
    expect(ownColumns(request, { lastColumn: 5 }, writeKey(request))).toBe(true);
  });
  it('is false right of the table with no write there', () => {
    expect(ownColumns(request, { lastColumn: 5 }, undefined)).toBe(false);
    expect(ownColumns(request, { lastColumn: 5 }, writeKey({ ...request, row: 4 }))).toBe(false);
    expect(ownColumns(request, undefined, undefined)).toBe(false);
  });
});
