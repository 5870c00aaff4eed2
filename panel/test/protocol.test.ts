import { findConflicts } from '@boussole/panel/protocol';

describe('findConflicts', () => {
  it('is undefined for an empty block (null, "" and spaces)', () => {
    expect(
      findConflicts(
        [
          [null, ''],
          [' ', null],
        ],
        1,
        1
      )
    ).toBeUndefined();
  });

  it('names the non-empty cells and counts them all', () => {
    const values = Array.from({ length: 12 }, (_, r) => [r % 2 ? 'x' : null, 0]);
    const c = findConflicts(values, 5, 6);
    expect(c?.count).toBe(18);
    expect(c?.cells).toEqual(['G5', 'F6', 'G6', 'G7', 'F8', 'G8', 'G9', 'F10']);
  });
});
