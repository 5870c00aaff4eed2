/**
 * The AI Act screening register recalculated by LibreOffice headless: the examples' category, legal
 * basis, date and fine (docs/method.md §16b, docs/ai-act.md), more use cases answered question by question, and bad or
 * contradictory rows flagged in the check column without a single error cell.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import {
  buildTemplate,
  dateSerial,
  LANGS,
  parseCell,
  type CellSpec,
  type Lang,
  type SheetSpec,
} from '@boussole/core';
import { drawSheet } from '../cli/src/render-xlsx';
import { AI_ACT_EXAMPLES } from '../core/src/templates/ai-act-examples';
import { pointChoice, practiceChoice } from '../core/src/templates/ai-act-reference';
import { recalculate, sofficePath } from './libreoffice/recalc';

jest.setTimeout(180_000);

const YES = { fr: 'Oui', en: 'Yes' };
const NO = { fr: 'Non', en: 'No' };
const FIRST = 5;
/** Rows after the examples, answered by the test. */
const EXTRA = FIRST + AI_ACT_EXAMPLES.length;

type Answers = (string | number | null)[];

/** Register inputs A..K of one row: name, role, practice, Annex I, point, 6(3), profiling, Art. 50 ×4. */
function answers(lang: Lang): Answers[] {
  const [y, n] = [YES[lang], NO[lang]];
  const deployer = lang === 'fr' ? 'Déployeur' : 'Deployer';
  const provider = lang === 'fr' ? 'Fournisseur' : 'Provider';
  return [
    // 2026 prohibition (generating intimate images)
    ['Nudifier', provider, practiceChoice(8)[lang], n, n, null, null, n, y, n, n],
    // Art. 6(3) claimed but the system profiles people: still high risk
    ['Ranking', deployer, n, n, pointChoice(8)[lang], y, y, n, n, n, n],
    // a deep fake that does not generate content: contradictory
    ['Avatar', deployer, n, n, n, null, null, n, n, y, n],
    // emotion recognition outside Annex III 1(c)
    ['Mood', deployer, n, n, n, null, null, n, n, n, y],
    // nonsense answers
    ['Junk', 'boss', 'maybe', 'perhaps', n, null, null, n, n, n, n],
    // answers without a name
    [null, deployer, n, n, n, null, null, y, n, n, n],
    // high risk that also talks to people
    ['Credit bot', deployer, n, n, pointChoice(11)[lang], n, y, y, n, n, n],
  ];
}

/** The example spec with extra rows typed in, and the company's size and turnover replaced. */
function variant(lang: Lang, company: { sme: string; turnover: number | string }): SheetSpec {
  const spec = buildTemplate('ai-act', { lang, examples: true });
  const typed = new Map<string, string | number>();
  answers(lang).forEach((row, i) =>
    row.forEach((v, c) => {
      if (v !== null) typed.set(`${String.fromCharCode(65 + c)}${EXTRA + i}`, v);
    })
  );
  const sme = spec.cells.find((c) => c.value === YES[lang] && parseCell(c.ref).col > 20)!.ref;
  const turnover = spec.cells.find((c) => c.value === 5_000_000)!.ref;
  typed.set(sme, company.sme);
  typed.set(turnover, company.turnover);
  const cells: CellSpec[] = spec.cells.map((c) =>
    typed.has(c.ref) ? { ...c, value: typed.get(c.ref)! } : c
  );
  return withProbes({ ...spec, cells });
}

const OUT_COLS = ['L', 'M', 'N', 'O', 'P', 'S'];
const probeRef = (col: string, row: number) => `A${col}${row}`;

/**
 * ExcelJS reads both 0 and "" results back as nothing: a probe cell beside each output says which
 * ("n:0" or "t:").
 */
function withProbes(spec: SheetSpec): SheetSpec {
  const probes: CellSpec[] = [];
  for (let row = FIRST; row <= FIRST + 199; row++)
    for (const col of OUT_COLS)
      probes.push({
        ref: probeRef(col, row),
        formula: `=IF(ISNUMBER(${col}${row}),"n:"&${col}${row},"t:"&${col}${row})`,
      });
  return { ...spec, cells: [...spec.cells, ...probes] };
}

const sheets = new Map<string, ExcelJS.Worksheet>();
const specs = new Map<string, SheetSpec>();

beforeAll(async () => {
  if (!sofficePath()) throw new Error('LibreOffice is missing: run npm run setup:e2e');
  const dir = mkdtempSync(path.join(tmpdir(), 'boussole-aiact-'));
  const files: string[] = [];
  for (const lang of LANGS) {
    const wb = new ExcelJS.Workbook();
    const big = variant(lang, { sme: NO[lang], turnover: 1_000_000_000 });
    const sme = variant(lang, { sme: YES[lang], turnover: 5_000_000 });
    const text = variant(lang, { sme: YES[lang], turnover: 'lots' });
    const blank = withProbes(buildTemplate('ai-act', { lang, examples: false }));
    for (const [k, s] of [
      ['big', big],
      ['sme', sme],
      ['text', text],
      ['blank', blank],
    ] as const) {
      specs.set(`${lang}-${k}`, s);
      drawSheet(wb, { ...s, name: `${lang}-${k}` });
    }
    const file = path.join(dir, 'in', `${lang}.xlsx`);
    mkdirSync(path.dirname(file), { recursive: true });
    await wb.xlsx.writeFile(file);
    files.push(file);
  }
  for (const out of await recalculate(files, path.join(dir, 'out'))) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    for (const ws of wb.worksheets) sheets.set(ws.name, ws);
  }
});

function value(ws: ExcelJS.Worksheet, ref: string): unknown {
  const v = ws.getCell(ref).value as unknown;
  if (v && typeof v === 'object' && 'formula' in v) return (v as { result?: unknown }).result;
  return v;
}

/** What a register output holds, read through its probe. */
function out(lang: Lang, k: string, col: string, row: number): string | number {
  const p = String(value(sheets.get(`${lang}-${k}`)!, probeRef(col, row)));
  if (p.startsWith('n:')) return Number(p.slice(2));
  if (p.startsWith('t:')) return p.slice(2);
  throw new Error(`probe ${col}${row}: ${p}`);
}

/** Category, basis, date serial, fine and check of register row `row`. */
function outcome(lang: Lang, k: string, row: number) {
  return {
    category: out(lang, k, 'L', row),
    basis: out(lang, k, 'M', row),
    from: out(lang, k, 'N', row),
    fine: out(lang, k, 'P', row),
    check: out(lang, k, 'S', row),
  };
}

const D = {
  literacy: dateSerial(2025, 2, 2),
  transparency: dateSerial(2026, 8, 2),
  newBan: dateSerial(2026, 12, 2),
  annexIII: dateSerial(2027, 12, 2),
  annexI: dateSerial(2028, 8, 2),
};
const CAT = {
  fr: { u: 'Inacceptable', h: 'Élevé', l: 'Limité', m: 'Minimal' },
  en: { u: 'Unacceptable', h: 'High', l: 'Limited', m: 'Minimal' },
};

describe.each(LANGS)('AI Act register in LibreOffice (%s)', (lang) => {
  const c = CAT[lang];
  /** The annexes are cited in the sheet's language. */
  const ax = (basis: string) =>
    lang === 'fr'
      ? basis.replace('Annex III', 'Annexe III').replace(', Annex I', ', annexe I')
      : basis;

  test('no error cell in any variant', () => {
    for (const k of ['big', 'sme', 'text', 'blank']) {
      const ws = sheets.get(`${lang}-${k}`)!;
      const errors: string[] = [];
      ws.eachRow((r) =>
        r.eachCell((cell) => {
          const v = cell.value as { result?: unknown; error?: unknown } | null;
          const res = v && typeof v === 'object' && 'result' in v ? v.result : v;
          if (res && typeof res === 'object' && 'error' in res) errors.push(cell.address);
        })
      );
      expect({ k, errors }).toEqual({ k, errors: [] });
      const formulas = specs.get(`${lang}-${k}`)!.cells.filter((x) => x.formula);
      expect(formulas.length).toBeGreaterThan(1000);
    }
  });

  test('the examples: category, legal basis, date and the SME fine ceiling', () => {
    const rows = AI_ACT_EXAMPLES.map((_, i) => outcome(lang, 'sme', FIRST + i));
    expect(rows).toEqual([
      { category: c.h, basis: ax('Annex III 4(a)'), from: D.annexIII, fine: 150_000, check: 'OK' },
      { category: c.l, basis: 'Art. 50(1)', from: D.transparency, fine: 150_000, check: 'OK' },
      { category: c.u, basis: 'Art. 5(1)(f)', from: D.literacy, fine: 350_000, check: 'OK' },
      { category: c.m, basis: 'Art. 4', from: D.literacy, fine: 0, check: 'OK' },
      { category: c.h, basis: ax('Annex III 5(b)'), from: D.annexIII, fine: 150_000, check: 'OK' },
      {
        category: c.m,
        basis: ax('Annex III 4(a) → Art. 6(3)'),
        from: D.literacy,
        fine: 0,
        check: 'OK',
      },
      { category: c.l, basis: 'Art. 50(2)', from: D.transparency, fine: 150_000, check: 'OK' },
      {
        category: c.h,
        basis: ax('Art. 6(1), Annex I'),
        from: D.annexI,
        fine: 150_000,
        check: 'OK',
      },
    ]);
  });

  test('a large company pays the higher of amount and share', () => {
    expect(outcome(lang, 'big', FIRST + 2).fine).toBe(70_000_000); // 7 % of 1 bn > 35 M
    expect(outcome(lang, 'big', FIRST).fine).toBe(30_000_000); // 3 % of 1 bn > 15 M
  });

  test('a turnover typed as text gives no fine and a flag, never a number read from text', () => {
    expect(outcome(lang, 'text', FIRST).fine).toBe('');
    const ws = sheets.get(`${lang}-text`)!;
    const flag = specs
      .get(`${lang}-text`)!
      .cells.find((x) => x.formula?.includes('ISNUMBER') && parseCell(x.ref).col > 20)!;
    expect(value(ws, flag.ref)).toBe(lang === 'fr' ? 'Un nombre, en €' : 'A number, in €');
  });

  test('duties follow the role, with the extras of the point', () => {
    const ws = sheets.get(`${lang}-sme`)!;
    const duties = (row: number) => String(value(ws, `T${row}`));
    expect(duties(FIRST)).toMatch(
      lang === 'fr' ? /représentants du personnel/ : /workers' representatives/
    );
    expect(duties(FIRST + 4)).toMatch(/Art\. 27/i);
    expect(duties(FIRST + 5)).toMatch(/6\(4\)/);
    expect(duties(FIRST + 7)).toMatch(lang === 'fr' ? /marquage CE/ : /CE marking/);
    expect(duties(FIRST + 2)).toMatch(lang === 'fr' ? /^Interdit/ : /^Prohibited/);
  });

  test('days left count from today to the date, 0 once it applies', () => {
    const now = new Date();
    const today = dateSerial(now.getFullYear(), now.getMonth() + 1, now.getDate());
    const left = out(lang, 'sme', 'O', FIRST) as number;
    expect(Math.abs(left - Math.max(0, D.annexIII - today))).toBeLessThanOrEqual(1);
    expect(out(lang, 'sme', 'O', FIRST + 3)).toBe(0);
  });

  test('use cases answered question by question, and bad rows flagged', () => {
    const rows = answers(lang).map((_, i) => outcome(lang, 'sme', EXTRA + i));
    const msg = (fr: string, en: string) => (lang === 'fr' ? fr : en);
    expect(rows[0]).toMatchObject({
      category: c.u,
      basis: 'Art. 5 (2026)',
      from: D.newBan,
      check: 'OK',
    });
    expect(rows[1]).toMatchObject({
      category: c.h,
      basis: ax('Annex III 4(a)'),
      from: D.annexIII,
      check: 'OK',
    });
    expect(rows[2]).toMatchObject({
      category: c.l,
      basis: 'Art. 50(4)',
      check: msg(
        'Un hypertrucage est un contenu généré : Oui à la question 7',
        'A deep fake is generated content: Yes to question 7'
      ),
    });
    expect(String(rows[3].check)).toMatch(/1\(c\)/);
    expect(rows[4].check).toBe(
      msg('Choisir le rôle : fournisseur ou déployeur', 'Choose the role: provider or deployer')
    );
    expect(rows[5]).toMatchObject({
      category: '',
      check: msg("Nommer le cas d'usage", 'Name the use case'),
    });
    expect(rows[6]).toMatchObject({
      category: c.h,
      basis: ax('Annex III 5(b), Art. 50(1)'),
      from: D.annexIII,
    });
  });

  test('the blank form computes nothing and flags nothing', () => {
    const rows = [FIRST, FIRST + 100, FIRST + 199].map((r) => outcome(lang, 'blank', r));
    expect(rows).toEqual(
      rows.map(() => ({ category: '', basis: '', from: '', fine: '', check: '' }))
    );
  });
});
