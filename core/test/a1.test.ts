import { a1, a1Range, columnLetter, r1c1ToA1, sheetRef } from '../src';

describe('A1 helpers', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [702, 'ZZ'],
    [703, 'AAA'],
    [16384, 'XFD'],
  ])('column %i is %s', (n, letters) => {
    expect(columnLetter(n)).toBe(letters);
  });

  it('writes cells, ranges and sheet references', () => {
    expect(a1(7, 3)).toBe('C7');
    expect(a1(7, 3, true)).toBe('$C$7');
    expect(a1Range(3, 6, 5, 3)).toBe('F3:H7');
    expect(a1Range(3, 6, 1, 1)).toBe('F3');
    expect(sheetRef('Sheet1')).toBe('Sheet1');
    expect(sheetRef("Score d'équipe")).toBe("'Score d''équipe'");
  });
});

describe('r1c1ToA1', () => {
  it('turns relative and absolute references into A1 from the given cell', () => {
    expect(r1c1ToA1('=RC[-4]+RC[2]*R5C6', 7, 6)).toBe('=B7+H7*$F$5');
    expect(r1c1ToA1('=RANK(RC[-1],R4C6:R7C6,0)', 4, 7)).toBe('=RANK(F4,$F$4:$F$7,0)');
    expect(r1c1ToA1('=R[1]C[-1]+RC', 2, 2)).toBe('=A3+B2');
  });

  it('leaves text constants and function names alone', () => {
    expect(r1c1ToA1('=IF(RC[-1]="","",IF(RC[-2]>5,"RC[1] ROUND","Projet"))', 3, 3)).toBe(
      '=IF(B3="","",IF(A3>5,"RC[1] ROUND","Projet"))'
    );
    expect(r1c1ToA1('=ROUND(COUNT(RC[-1]),6)', 1, 2)).toBe('=ROUND(COUNT(A1),6)');
  });
});
