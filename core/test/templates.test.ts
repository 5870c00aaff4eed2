import {
  a1,
  buildTemplate,
  blockOf,
  formulaText,
  inputMatrix,
  LANGS,
  parseRange,
  quadrantFormula,
  scoreFormula,
  styleAreas,
  TEMPLATE_IDS,
  templateName,
  resolveTemplate,
  uniqueSheetName,
  type SheetSpec,
} from '../src';
import { functionsOf, SHARED_FUNCTIONS, shift, undrawn } from '../../test/templates/formula-check';

const ALL: { spec: SheetSpec; examples: boolean }[] = TEMPLATE_IDS.flatMap((id) =>
  LANGS.flatMap((lang) =>
    [false, true].map((examples) => ({ spec: buildTemplate(id, { lang, examples }), examples }))
  )
);
const label = (s: SheetSpec, examples: boolean) =>
  `${s.id} ${s.lang}${examples ? ' +examples' : ''}`;

describe('every template, both languages, with and without examples', () => {
  test.each(ALL.map((x) => [label(x.spec, x.examples), x.spec] as const))(
    '%s is a valid spec',
    (_, spec) => {
      expect(spec.name).toBe(templateName(spec.id, spec.lang));
      expect(new Set(spec.cells.map((c) => c.ref)).size).toBe(spec.cells.length);
      expect(spec.cells.length).toBeGreaterThan(10);
      for (const c of spec.cells) {
        expect(c.value !== undefined || c.formula !== undefined || c.style !== undefined).toBe(
          true
        );
        if (c.formula !== undefined) {
          expect(c.formula.startsWith('=')).toBe(true);
          expect(c.value).toBeUndefined();
        }
      }
      const { rows, cols } = blockOf(spec);
      const inBlock = (range: string) => {
        const a = parseRange(range);
        return a.bottom <= rows && a.right <= cols;
      };
      for (const r of [
        ...spec.merges,
        ...spec.validations.map((v) => v.range),
        ...spec.conditionalFormats.map((f) => f.range),
      ]) {
        expect(inBlock(r)).toBe(true);
      }
      expect(spec.widths.length).toBeGreaterThan(0);
      expect(spec.widths.length).toBeLessThanOrEqual(cols);
    }
  );

  test.each(ALL.map((x) => [label(x.spec, x.examples), x.spec] as const))(
    '%s: formulas use only shared functions and reference only drawn cells',
    (_, spec) => {
      const formulas = [
        ...spec.cells.flatMap((c) => (c.formula ? [{ where: c.ref, f: c.formula }] : [])),
        ...spec.validations.flatMap((v) =>
          v.rule.kind === 'range' ? [{ where: v.range, f: `=${v.rule.source}` }] : []
        ),
      ];
      // A conditional formula is relative to its range's top-left cell: check it at both corners.
      for (const cf of spec.conditionalFormats) {
        if (cf.kind !== 'formula') continue;
        const a = parseRange(cf.range);
        formulas.push({ where: cf.range, f: cf.formula });
        formulas.push({
          where: cf.range,
          f: shift(cf.formula, a.bottom - a.top, a.right - a.left),
        });
      }
      // Every formula checked, the faults gathered into one assertion (templates hold thousands).
      const faults = formulas.flatMap(({ where, f }) => {
        const unknown = functionsOf(f).filter((fn) => !SHARED_FUNCTIONS.has(fn));
        const off = undrawn(spec, f);
        const balanced = f.split('(').length === f.split(')').length;
        return unknown.length || off.length || !balanced
          ? [{ where, f, unknown, undrawn: off, balanced }]
          : [];
      });
      expect(formulas.length).toBeGreaterThan(0);
      expect(faults).toEqual([]);
    }
  );

  test.each(ALL.map((x) => [label(x.spec, x.examples), x.spec] as const))(
    '%s: texts stay texts in every host',
    (_, spec) => {
      for (const c of spec.cells) {
        if (typeof c.value !== 'string') continue;
        // Nothing a host would read as a number, a date or a boolean when typed in.
        expect({
          ref: c.ref,
          text: c.value,
          numberLike:
            /^[\s.,:/%€+-]*\d[\s\d.,:/%€+-]*$/.test(c.value) ||
            /^(true|false|vrai|faux)$/i.test(c.value),
        }).toEqual({
          ref: c.ref,
          text: c.value,
          numberLike: false,
        });
      }
      for (const v of spec.validations) {
        if (v.rule.kind === 'list')
          for (const item of v.rule.values) expect(item).toMatch(/^[^,]+$/);
      }
    }
  );
});

describe('sheet names', () => {
  test.each(TEMPLATE_IDS.flatMap((id) => LANGS.map((lang) => [id, lang] as const)))(
    '%s in %s fits Excel and Sheets',
    (id, lang) => {
      const name = templateName(id, lang);
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[\\/?*[\]:]/);
      expect(name).not.toMatch(/^'|'$/);
    }
  );

  test('French and English sheet names', () => {
    expect(TEMPLATE_IDS.map((id) => templateName(id, 'en'))).toEqual([
      'Process audit',
      'Calculators',
      'Priority scoring',
      'KPI dashboard',
      'Risk matrix',
      '30-60-90 roadmap',
      'Checklists',
      'Vendor matrix',
      'Maturity',
      'AI Act',
      'Budget',
      'Use cases',
      'Business case',
      'Pilot tracking',
      'Portfolio',
    ]);
    expect(templateName('portfolio', 'fr')).toBe('Portefeuille');
    expect(templateName('process-audit', 'fr')).toBe('Audit des processus');
    expect(templateName('use-cases', 'fr')).toBe("Cas d'usage");
  });

  test('a clash gets "(2)", "(3)"…, without case, within 31 characters', () => {
    expect(uniqueSheetName('Budget', ['Sheet1'])).toBe('Budget');
    expect(uniqueSheetName('Budget', ['budget'])).toBe('Budget (2)');
    expect(uniqueSheetName('Budget', ['Budget', 'Budget (2)'])).toBe('Budget (3)');
    const long = 'x'.repeat(31);
    expect(uniqueSheetName(long, [long])).toBe(`${'x'.repeat(27)} (2)`);
  });

  test('an unknown id is refused, naming the valid ones', () => {
    expect(() => resolveTemplate('nope', {}, 'en')).toThrow(
      /Unknown template: nope.*process-audit/
    );
    expect(() => resolveTemplate('nope', {}, 'fr')).toThrow(/Modèle inconnu : nope/);
  });

  test('resolveTemplate: options checked, language asked for else the user’s, errors in it', () => {
    expect(resolveTemplate('budget', undefined, 'en').name).toBe('Budget');
    expect(resolveTemplate('use-cases', { examples: true }, 'en').name).toBe('Use cases');
    expect(resolveTemplate('use-cases', { lang: 'fr' }, 'en').name).toBe("Cas d'usage");
    expect(resolveTemplate('use-cases', { lang: 'en', examples: true }, 'fr')).toEqual(
      buildTemplate('use-cases', { lang: 'en', examples: true })
    );
    expect(() => resolveTemplate('budget', { lang: 'de' }, 'en')).toThrow(/^Invalid options/);
    expect(() => resolveTemplate('budget', { examples: 'yes' }, 'fr')).toThrow(
      /^Options invalides/
    );
    expect(() => resolveTemplate('nope', { lang: 'en' }, 'fr')).toThrow(
      /^Unknown template: nope\./
    );
  });
});

describe('blank forms and examples', () => {
  test.each(TEMPLATE_IDS.flatMap((id) => LANGS.map((lang) => [id, lang] as const)))(
    '%s in %s: the same formulas, examples only fill inputs',
    (id, lang) => {
      const blank = buildTemplate(id, { lang, examples: false });
      const full = buildTemplate(id, { lang, examples: true });
      const formulas = (s: SheetSpec) =>
        s.cells.filter((c) => c.formula).map((c) => `${c.ref}${c.formula}`);
      expect(formulas(blank)).toEqual(formulas(full));
      const filled = (s: SheetSpec) =>
        new Set(
          s.cells.filter((c) => c.style === 'input' && c.value !== undefined).map((c) => c.ref)
        );
      const [b, f] = [filled(blank), filled(full)];
      for (const ref of b) expect(f.has(ref)).toBe(true);
      expect(f.size).toBeGreaterThan(b.size);
    }
  );
});

describe('priority scoring shares the panel formulas', () => {
  test.each(LANGS)('score and quadrant are core formulas (%s)', (lang) => {
    const spec = buildTemplate('priority-scoring', { lang, examples: true });
    const at = (name: string) => spec.cells.find((c) => c.name === name)!;
    const refs = { impact: 'B6', effort: 'C6', risk: 'D6', alignment: 'E6' };
    // The panel's score formula, computed only while the four weights are numbers.
    expect(at('score-1').formula).toBe(
      `=IF(COUNT($B$4:$E$4)=4,${scoreFormula(refs, ['$B$4', '$C$4', '$D$4', '$E$4']).slice(1)},"")`
    );
    expect(at('quadrant-1').formula).toContain(quadrantFormula('B6', 'C6', '$B$3', lang).slice(1));
    expect(at('quadrant-1').formula).toContain(
      formulaText(lang === 'fr' ? 'Priorité immédiate' : 'Quick win')
    );
  });
});

describe('what renderers share', () => {
  test('style areas cover exactly the styled cells', () => {
    for (const { spec } of ALL) {
      const covered = new Map<string, string>();
      for (const area of styleAreas(spec)) {
        const a = parseRange(area.range);
        for (let r = a.top; r <= a.bottom; r++)
          for (let c = a.left; c <= a.right; c++) covered.set(a1(r, c), area.style);
      }
      expect(covered).toEqual(
        new Map(spec.cells.filter((c) => c.style).map((c) => [c.ref, c.style!]))
      );
    }
  });

  test('text that looks like a formula is written as literal text', () => {
    const spec = buildTemplate('budget', { lang: 'en' });
    const tampered: SheetSpec = {
      ...spec,
      cells: [...spec.cells, { ref: 'F1', value: '=HYPERLINK("x")' }, { ref: 'F2', value: '-1' }],
    };
    const m = inputMatrix(tampered);
    expect(m[0][5]).toBe('\'=HYPERLINK("x")');
    expect(m[1][5]).toBe("'-1");
    expect(m[6][1]).toBe(spec.cells.find((c) => c.ref === 'B7')!.formula);
  });
});
