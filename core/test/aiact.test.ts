/** The dated AI Act data (docs/method.md §16b, docs/ai-act.md) and what the Portfolio view reads from it. */
import {
  AI_ACT_DOMAIN_CODES,
  AI_ACT_DUTIES,
  AI_ACT_MILESTONES,
  ANNEX_III,
  ART_50,
  buildTemplate,
  PRINT_ROOM_ROWS,
  fineCeiling,
  fineTierOf,
  fundingConstraint,
  getFunction,
  parseCell,
  PROHIBITED_PRACTICES,
  practiceBasis,
} from '../src';

describe('AI Act data', () => {
  test('Art. 5(1) practices a–h in order, then the 2026 addition from 2 Dec 2026', () => {
    expect(PROHIBITED_PRACTICES.map(practiceBasis)).toEqual([
      ...'abcdefgh'.split('').map((l) => `Art. 5(1)(${l})`),
      'Art. 5 (2026)',
    ]);
    expect(PROHIBITED_PRACTICES.find((p) => p.code === 'emotion-workplace')!.letter).toBe('f');
    expect(AI_ACT_MILESTONES[PROHIBITED_PRACTICES[8].milestone].from).toBe('2026-12-02');
  });

  test('Annex III points in order; emotion recognition is 1(c), recruitment 4(a), credit 5(b)', () => {
    expect(ANNEX_III.map((p) => p.point)).toEqual([
      '1(a)', '1(b)', '1(c)', '2', '3(a)', '3(b)', '3(c)', '3(d)', '4(a)', '4(b)',
      '5(a)', '5(b)', '5(c)', '5(d)', '6', '7', '8(a)', '8(b)',
    ]); // prettier-ignore
    expect(ANNEX_III[2].label.en).toBe('Emotion recognition');
    expect(Object.values(ART_50).map((c) => c.basis)).toEqual([
      'Art. 50(1)',
      'Art. 50(2)',
      'Art. 50(3)',
      'Art. 50(4)',
    ]);
  });

  test('each date keeps the date before the amendment and its status', () => {
    const table = Object.values(AI_ACT_MILESTONES).map((m) => [m.from, m.before, m.status]);
    expect(table).toEqual([
      ['2025-02-02', '2025-02-02', 'original'],
      ['2025-08-02', '2025-08-02', 'original'],
      ['2026-08-02', '2026-08-02', 'original'],
      ['2026-12-02', null, 'new'],
      ['2027-12-02', '2026-08-02', 'moved'],
      ['2028-08-02', '2027-08-02', 'moved'],
    ]);
  });

  test('the 32 domain codes of the contract, no more', () => {
    expect(AI_ACT_DOMAIN_CODES).toHaveLength(32);
    expect(new Set(AI_ACT_DOMAIN_CODES).size).toBe(32);
  });

  test('Art. 99: the higher of amount and share, the lower for SMEs and start-ups', () => {
    expect(fineCeiling('prohibited', 5_000_000, true)).toBe(350_000);
    expect(fineCeiling('prohibited', 5_000_000, false)).toBe(35_000_000);
    expect(fineCeiling('prohibited', 1e9, false)).toBe(70_000_000);
    expect(fineCeiling('obligations', 1e9, true)).toBe(15_000_000);
    expect(fineCeiling('information', 2e9, false)).toBe(20_000_000);
    expect([fineTierOf('unacceptable'), fineTierOf('high'), fineTierOf('minimal')]).toEqual([
      'prohibited',
      'obligations',
      null,
    ]);
  });

  test('duties depend on the role', () => {
    const en = (c: 'high', r: 'provider' | 'deployer') => AI_ACT_DUTIES[c][r].map((d) => d.en);
    expect(en('high', 'provider')).toContain('CE marking (Art. 48)');
    expect(en('high', 'deployer')).toContain('logs kept ≥ 6 months');
    expect(en('high', 'deployer')).not.toContain('CE marking (Art. 48)');
  });

  test('AIACTDATE results are dates', () => {
    expect(getFunction('AIACTDATE')!.result.kind).toBe('date');
  });
});

describe('fundingConstraint (the Portfolio view)', () => {
  test('a prohibited use is forced to never, with the reason in both languages', () => {
    const c = fundingConstraint('emotion-workplace')!;
    expect(c).toMatchObject({ category: 'unacceptable', status: 'never' });
    expect(c.basis).toEqual({ fr: 'Art. 5(1)(f)', en: 'Art. 5(1)(f)' });
    expect(c.reason!.en).toBe(
      'Prohibited AI practice (Art. 5(1)(f)): this project cannot be funded'
    );
    expect(c.reason!.fr).toMatch(/^Pratique d’IA interdite \(Art\. 5\(1\)\(f\)\)/);
    expect(c.duties).toEqual([]);
  });

  test('a high-risk use lists its duties for the role, from its date', () => {
    const d = fundingConstraint('recruitment')!;
    expect(d).toMatchObject({ category: 'high', status: null, reason: null });
    expect(d.basis).toEqual({ fr: 'Annexe III 4(a)', en: 'Annex III 4(a)' });
    expect(d.appliesFrom).toBe('2027-12-02');
    expect(d.duties).toBe(AI_ACT_DUTIES.high.deployer);
    expect(fundingConstraint('recruitment', 'provider')!.duties).toBe(AI_ACT_DUTIES.high.provider);
  });

  test('categories and French spellings are understood; anything else is undefined', () => {
    expect(fundingConstraint('Interdit')).toMatchObject({ status: 'never', basis: null });
    expect(fundingConstraint('Élevé')!.duties.length).toBeGreaterThan(3);
    expect(fundingConstraint('Santé')!.appliesFrom).toBe('2028-08-02');
    expect(fundingConstraint('chatbot')).toMatchObject({ category: 'limited', status: null });
    for (const x of ['astrology', 'constructor', '__proto__', 'toString', ''])
      expect(fundingConstraint(x)).toBeUndefined();
  });
});

describe('the ai-act register sheet', () => {
  const spec = buildTemplate('ai-act', { lang: 'fr' });
  const at = spec.cells.map((c) => ({ ...parseCell(c.ref), c }));

  test('200 register rows with formulas, nothing below them, reference tables to the right', () => {
    const category = at.filter((x) => x.col === 12 && x.row > 4 && x.c.formula);
    expect(category).toHaveLength(200);
    const last = Math.max(...category.map((x) => x.row));
    expect(Math.max(...at.map((x) => x.row))).toBe(last);
    // Beside the register, only reference tables (from column V) sit in the rows of the list.
    expect(at.filter((x) => x.row > 4 && x.col > 20 && x.col < 22)).toEqual([]);
    expect(Math.min(...at.filter((x) => x.col > 20).map((x) => x.row))).toBe(4);
  });

  test('prints the register one page wide with its header, and names the company inputs', () => {
    expect(spec.print).toEqual({
      orientation: 'landscape',
      // The blank register up to its check (S; the duties in T print cut at any width, so stay on
      // screen): its header row, then PRINT_ROOM_ROWS rows (docs/templates.md "Print").
      area: `A1:S${4 + PRINT_ROOM_ROWS}`,
      repeatRows: { first: 4, last: 4 },
      fitToWidth: true,
    });
    expect(spec.names?.map((n) => n.name)).toEqual(['AIA_SME', 'AIA_Turnover', 'AIA_Register']);
  });

  test('each question explains itself when selected and refuses values off its list', () => {
    const role = spec.validations.find((v) => v.range === 'B5:B204')!;
    expect(role.prompt?.text).toMatch(/^Fournisseur : vous concevez/);
    expect(role.error?.text).toBe('Choisissez une valeur de la liste.');
    const asked = spec.validations.filter((v) => v.prompt).map((v) => v.range.replace(/\d+/g, ''));
    expect(asked).toEqual(['B:B', 'C:C', 'D:D', 'E:E', 'F:F', 'G:G', 'H:H', 'I:I', 'J:J', 'K:K']);
  });
});
