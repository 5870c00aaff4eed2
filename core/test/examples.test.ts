import { CATALOGUE, evaluate, isError } from '../src';

describe('every catalogue example gives its documented result', () => {
  for (const fn of CATALOGUE) {
    for (const ex of fn.examples) {
      test(`${fn.id}(${JSON.stringify(ex.args)})`, () => {
        const out = evaluate(fn, ex.args, { lang: ex.lang ?? 'fr' });
        const expected = Array.isArray(ex.result) ? ex.result : [[ex.result]];
        expect(out.flat().some(isError)).toBe(false);
        expect(out).toEqual(expected);
      });
    }
  }
});
