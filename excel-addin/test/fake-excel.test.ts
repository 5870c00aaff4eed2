/**
 * The Excel fake itself: the Office.js behaviours other tests rely on it to reproduce. Some reads
 * here are premature on purpose (the lint rules that catch them are disabled where so).
 */
import {
  FakeWorkbook,
  installFakeExcel,
  parseAddress,
  formatAddress,
} from '../../test/fakes/excel';

let wb: FakeWorkbook;
let restore: () => void;
beforeEach(() => {
  wb = new FakeWorkbook({ sheets: ['Sheet1', 'My sheet'] });
  restore = installFakeExcel(wb);
});
afterEach(() => restore());

test('addresses round-trip', () => {
  for (const a of ['A1', 'B2:D5', 'A:C', '2:4', 'AA10:AB11']) {
    expect(formatAddress(parseAddress(a).rect)).toBe(a);
  }
  expect(parseAddress("'It''s'!B2").sheet).toBe("It's");
});

test('reading a property before load + sync throws, after it reads the value at load time', async () => {
  wb.sheet('Sheet1').seed('A1', [[1, 'x']]);
  await Excel.run(async (context) => {
    const r = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
    /* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
    expect(() => r.values).toThrow(/not available/);
    r.load('values,address');
    expect(() => r.values).toThrow(/not available/);
    /* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
    await context.sync();
    expect(r.values).toEqual([[1, 'x']]);
    expect(r.address).toBe('Sheet1!A1:B1');
  });
  expect(wb.syncs).toBe(1);
  expect(wb.roundTrips).toBe(1);
});

test('text that starts with = + - @ becomes a formula unless it starts with an apostrophe', async () => {
  await Excel.run(async (context) => {
    const s = context.workbook.worksheets.getItem('Sheet1');
    s.getRange('A1:E1').values = [['=1+1', '+A1', "'=HYPERLINK(1)", '-5', 'TRUE']];
    s.getRange('A2').values = [['@SUM(A1)']];
  });
  const s = wb.sheet('Sheet1');
  expect(s.formula('A1')).toBe('=1+1');
  expect(s.formula('B1')).toBe('=+A1');
  expect(s.formula('C1')).toBeUndefined();
  expect(s.value('C1')).toBe('=HYPERLINK(1)');
  expect(s.value('D1')).toBe(-5);
  expect(s.value('E1')).toBe(true);
  expect(s.formula('A2')).toBe('=@SUM(A1)');
  expect(wb.syncs).toBe(0);
  expect(wb.roundTrips).toBe(1);
});

test('a cell formatted as text keeps "=" text', async () => {
  await Excel.run(async (context) => {
    const r = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
    r.numberFormat = [['@']];
    r.values = [['=evil()']];
    await context.sync();
  });
  expect(wb.sheet('Sheet1').formula('A1')).toBeUndefined();
});

test('null objects, duplicate names and bad dimensions reject like Office.js', async () => {
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets;
    const missing = ws.getItemOrNullObject('nope');
    const found = ws.getItemOrNullObject('my SHEET');
    // eslint-disable-next-line office-addins/call-sync-before-read
    expect(() => missing.isNullObject).toThrow();
    await context.sync();
    expect(missing.isNullObject).toBe(true);
    expect(found.isNullObject).toBe(false);
    ws.add('SHEET1');
    await expect(context.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    ws.getItem('Sheet1').getRange('A1:B2').values = [[1, 2]];
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    ws.add('a/b');
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
  expect(wb.syncs).toBe(4);
});

test('collections load items; used range; formats and validations are recorded', async () => {
  wb.sheet('My sheet').seed('B2', [
    [1, 2],
    [3, ''],
  ]);
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets;
    ws.load('items/name');
    const used = ws.getItem('My sheet').getUsedRange();
    used.load('address');
    const empty = ws.getItem('Sheet1').getUsedRangeOrNullObject();
    const r = ws.getItem('Sheet1').getRange('A1:A3');
    r.format.fill.color = '#FF0000';
    r.format.font.bold = true;
    r.format.columnWidth = 120;
    r.dataValidation.rule = { list: { inCellDropDown: true, source: 'Oui,Non' } };
    r.conditionalFormats.add(Excel.ConditionalFormatType.custom).custom.rule.formula = '=A1>1';
    context.workbook.worksheets.getItem('Sheet1').freezePanes.freezeRows(1);
    await context.sync();
    expect(ws.items.map((w) => w.name)).toEqual(['Sheet1', 'My sheet']);
    expect(used.address).toBe("'My sheet'!B2:C3");
    expect(empty.isNullObject).toBe(true);
  });
  const s = wb.sheet('Sheet1');
  expect(s.format('A2', 'fill.color')).toBe('#FF0000');
  expect(s.format('A2', 'font.bold')).toBe(true);
  expect(s.format('B2', 'font.bold')).toBeUndefined();
  expect(s.columnWidths.get(0)).toBe(120);
  expect(s.validationAt('A3')?.rule.list?.source).toBe('Oui,Non');
  expect(s.conditionalFormatsAt('A1')[0].settings).toMatchObject({ rule: { formula: '=A1>1' } });
  expect(s.frozen).toEqual({ rows: 1, cols: 0 });
});
