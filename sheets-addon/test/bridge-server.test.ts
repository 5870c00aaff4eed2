/**
 * The panel's server functions as the sidebar reaches them: top-level functions of Code.js called
 * with JSON-serialised arguments (google.script.run), a constant number of service calls per
 * action whatever the number of rows, and text that never becomes a formula.
 */
import {
  SHEETS_CALLS,
  type ReadResult,
  type WriteRequest,
  type WriteResult,
} from '@boussole/panel/protocol';
import { literalText } from '@boussole/core';
import { codeText, loadCode, viaJson } from './code-js';

const code = codeText();

function portfolio(rows: number): unknown[][] {
  const head = ['Projet', 'Impact', 'Effort', 'Risque', 'Alignement'];
  return [head, ...Array.from({ length: rows }, (_, k) => [`P${k + 1}`, 9, 5, 3, 8])];
}

function request(rows: number, headers = ['Score', 'Rang']): WriteRequest {
  return {
    sheet: 'Projets',
    row: 1,
    column: 6,
    headers,
    formulasR1C1: [
      '=0.4*RC[-4]+0.3*(10-RC[-3])+0.2*(10-RC[-2])+0.1*RC[-1]',
      '=RANK(RC[-1],R2C[-1]:R11C[-1])',
    ],
    rows,
    numberFormats: ['0.0', null],
    overwrite: false,
  };
}

function write(rows: number, req = request(rows)) {
  const s = loadCode({ userLocale: 'fr', sheets: { Projets: portfolio(rows) } }, code);
  s.world.log.reset();
  const result = viaJson(s.run<WriteResult>(SHEETS_CALLS.writeResults, viaJson(req)));
  const calls = s.world.log.documentCalls();
  return { s, result, calls };
}

test('read: the selection first, then the whole active sheet', () => {
  const s = loadCode({ sheets: { Projets: portfolio(3) } }, code);
  s.world.select('Projets', 'A1:E4');
  const read = viaJson(s.run<ReadResult>(SHEETS_CALLS.readTable));
  expect(read.blocks[0]).toEqual({ sheet: 'Projets', row: 1, column: 1, values: portfolio(3) });
});

test('write-back: live formulas under literal headers, the same number of calls for 10 and 2 000 rows', () => {
  const small = write(10);
  const large = write(2000);
  expect(small.result).toEqual({ status: 'written', address: 'F1:G11' });
  expect(large.result).toEqual({ status: 'written', address: 'F1:G2001' });
  expect(large.calls).toBe(small.calls);
  const sheet = small.s.world.sheet('Projets');
  expect(sheet.values('F1:G1')).toEqual([['Score', 'Rang']]);
  expect(sheet.formulas('F2:G2')).toEqual([
    ['=0.4*B2+0.3*(10-C2)+0.2*(10-D2)+0.1*E2', '=RANK(F2,F$2:F$11)'],
  ]);
  expect(sheet.formulas('F11:F11')).toEqual([['=0.4*B11+0.3*(10-C11)+0.2*(10-D11)+0.1*E11']]);
});

test('headers arrive as literal text (the panel applies literalText) and stay text', () => {
  const headers = ['=HYPERLINK("http://x","y")', '+1'].map(literalText);
  const { s } = write(2, request(2, headers));
  const sheet = s.world.sheet('Projets');
  expect(sheet.formulas('F1:G1')).toEqual([['', '']]);
  expect(sheet.values('F1:G1')).toEqual([['=HYPERLINK("http://x","y")', '+1']]);
});

test('non-empty target cells are reported, not overwritten', () => {
  const s = loadCode(
    { sheets: { Projets: portfolio(3).map((r, i) => (i === 2 ? [...r, 'keep'] : r)) } },
    code
  );
  const result = viaJson(s.run<WriteResult>(SHEETS_CALLS.writeResults, viaJson(request(3))));
  expect(result).toEqual({ status: 'conflict', cells: ['F3'], count: 1 });
  expect(s.world.sheet('Projets').values('F3:F3')).toEqual([['keep']]);
});
