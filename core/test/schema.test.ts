import { schema, templateOptionsSchema } from '../src';

const { array, boolean, integer, nullable, number, object, oneOf, optional, string, union } =
  schema;

const request = object({
  sheet: string(),
  row: integer(1),
  rows: integer(0),
  formulas: array(string('=')),
  formats: array(nullable(string())),
  values: array(union(string(), number())),
  mode: optional(oneOf(['a', 'b'] as const)),
  overwrite: boolean(),
});

const valid = {
  sheet: 'Feuil1',
  row: 3,
  rows: 0,
  formulas: ['=A1'],
  formats: [null, '0%'],
  values: ['x', 2],
  overwrite: false,
};

test('accepts a valid request and keeps only the declared keys', () => {
  expect(request.parse({ ...valid, extra: 'dropped' })).toEqual(valid);
  expect(request.parse({ ...valid, mode: 'b' })).toEqual({ ...valid, mode: 'b' });
});

test.each([
  ['a missing key', { ...valid, sheet: undefined }, 'sheet: undefined is not text'],
  ['a row of 0', { ...valid, row: 0 }, 'row: 0 is not a whole number from 1'],
  ['a fractional count', { ...valid, rows: 1.5 }, 'rows: 1.5 is not a whole number from 0'],
  [
    'a formula that is not one',
    { ...valid, formulas: ['A1'] },
    'formulas: [0]: "A1" does not start with =',
  ],
  ['an infinite value', { ...valid, values: [Infinity] }, 'values: [0]: Infinity is not a number'],
  ['an unknown code', { ...valid, mode: 'c' }, 'mode: "c" is not one of a, b'],
  ['a list that is not one', { ...valid, formats: 'x' }, 'formats: "x" is not a list'],
  ['text for a boolean', { ...valid, overwrite: 'true' }, 'overwrite: "true" is not a boolean'],
  ['null for the request', null, 'null is not an object'],
  ['a list for the request', [valid], 'is not an object'],
])('rejects %s, saying where', (_name, input, problem) => {
  expect(() => request.parse(input)).toThrow(problem);
  const r = request.safeParse(input);
  expect(r.success).toBe(false);
});

test('template options: optional language and examples, nothing else accepted', () => {
  expect(templateOptionsSchema.parse({})).toEqual({});
  expect(templateOptionsSchema.parse({ lang: 'en', examples: true })).toEqual({
    lang: 'en',
    examples: true,
  });
  expect(templateOptionsSchema.safeParse({ lang: 'de' }).success).toBe(false);
  expect(templateOptionsSchema.safeParse({ examples: 1 }).success).toBe(false);
});
