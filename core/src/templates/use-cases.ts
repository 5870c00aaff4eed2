/**
 * docs/method.md §12: the use-case benchmarks by company size (budget range, first-year ROI range), with
 * columns to check one's own budget and expected ROI against them, and the "illusory ROI" alarm.
 */
import type { Text } from '../i18n';
import { BENCHMARKS, ILLUSORY_ROI_FACTOR, USE_CASES, type UseCase } from '../method/benchmarks';
import { SIZE_CLASSES } from '../method/budget';
import { a1, rangeA1 } from './a1';
import { formula, input, SheetBuilder } from './builder';
import { inputLegend, numberExpected, numberHelp, outOfRange } from './checks';
import { q } from './common';
import { BAD, FORMATS, GOOD, WATCH } from './styles';
import type { BuildOptions, SheetSpec } from './types';

const C = {
  size: 1,
  useCase: 2,
  budgetMin: 3,
  budgetMax: 4,
  roiMin: 5,
  roiMax: 6,
  hours: 7,
  budget: 8,
  roi: 9,
  budgetCheck: 10,
  roiCheck: 11,
};
const HEADER = 4;
const FIRST = HEADER + 1;

const CHECKS = {
  below: { fr: 'Sous la fourchette', en: 'Below the range' },
  within: { fr: 'Dans la fourchette', en: 'Within the range' },
  above: { fr: 'Au-dessus de la fourchette', en: 'Above the range' },
  illusory: { fr: 'ROI illusoire ?', en: 'Illusory ROI?' },
} as const satisfies Record<string, Text>;

const LABELS = {
  budget: { fr: 'Votre budget (€)', en: 'Your budget (€)' },
  roi: { fr: 'Votre ROI attendu', en: 'Your expected ROI' },
} as const satisfies Record<string, Text>;

/** Example plans: a sound chatbot, a predictive-maintenance budget above range, an illusory marketing ROI. */
export const EXAMPLE_PLANS: Partial<Record<UseCase, { budget: number; roi: number }>> = {
  chatbot: { budget: 4_000, roi: 3 },
  'predictive-maintenance': { budget: 70_000, roi: 1.5 },
  marketing: { budget: 15_000, roi: 4 },
};

export function useCases(o: BuildOptions): SheetSpec {
  const s = new SheetBuilder('use-cases', o);
  const L = o.lang;
  s.intro({
    fr: `Repères par taille d'entreprise. Saisissez votre budget et votre ROI attendu : un ROI plus de ${ILLUSORY_ROI_FACTOR} fois au-dessus du haut de la fourchette est le piège du « ROI illusoire ».`,
    en: `Benchmarks by company size. Enter your budget and expected ROI: an ROI over ${ILLUSORY_ROI_FACTOR} times the top of the range is the "illusory ROI" trap.`,
  });
  s.headers(HEADER, 1, [
    { fr: 'Taille', en: 'Size' },
    { fr: "Cas d'usage", en: 'Use case' },
    { fr: 'Budget min (€)', en: 'Budget min (€)' },
    { fr: 'Budget max (€)', en: 'Budget max (€)' },
    { fr: 'ROI min (1re année)', en: 'ROI min (year 1)' },
    { fr: 'ROI max (1re année)', en: 'ROI max (year 1)' },
    { fr: 'Heures libérées par an', en: 'Hours freed a year' },
    LABELS.budget,
    LABELS.roi,
    { fr: 'Budget vs repère', en: 'Budget vs benchmark' },
    { fr: 'ROI vs repère', en: 'ROI vs benchmark' },
  ]);
  USE_CASES.forEach((id, i) => {
    const b = BENCHMARKS[id];
    const r = FIRST + i;
    const plan = s.examples ? EXAMPLE_PLANS[id] : undefined;
    const ref = (c: number) => a1(r, c);
    const [budget, roi] = [ref(C.budget), ref(C.roi)];
    /** Blank while blank; a readable message for text or a negative number; else the comparison. */
    const checked = (cell: string, label: Text, expr: string) =>
      `=IF(${cell}="","",IF(NOT(ISNUMBER(${cell})),${q(numberExpected(label), L)},IF(${cell}<0,${q(outOfRange(label, 0), L)},${expr})))`;
    s.row(r, 1, [
      s.t(SIZE_CLASSES[b.size].label),
      s.t(b.label),
      { value: b.budget_min, format: FORMATS.eur },
      { value: b.budget_max, format: FORMATS.eur },
      { value: b.roi_min, format: FORMATS.pct },
      { value: b.roi_max, format: FORMATS.pct },
      'hoursFreed' in b ? { value: b.hoursFreed, format: FORMATS.hours } : null,
      input(plan?.budget, FORMATS.eur),
      input(plan?.roi, FORMATS.pct),
      {
        ...formula(
          checked(
            budget,
            LABELS.budget,
            `IF(${budget}<${ref(C.budgetMin)},${q(CHECKS.below, L)},IF(${budget}>${ref(C.budgetMax)},${q(CHECKS.above, L)},${q(CHECKS.within, L)}))`
          )
        ),
        name: `budget-check-${id}`,
      },
      {
        ...formula(
          checked(
            roi,
            LABELS.roi,
            `IF(${roi}>${ILLUSORY_ROI_FACTOR}*${ref(C.roiMax)},${q(CHECKS.illusory, L)},IF(${roi}<${ref(C.roiMin)},${q(CHECKS.below, L)},IF(${roi}>${ref(C.roiMax)},${q(CHECKS.above, L)},${q(CHECKS.within, L)})))`
          )
        ),
        name: `roi-check-${id}`,
      },
    ]);
  });
  const last = FIRST + USE_CASES.length - 1;
  s.validate(
    rangeA1(FIRST, C.budget, last, C.budget),
    { kind: 'number', min: 0 },
    numberHelp(LABELS.budget, L, 0)
  );
  s.validate(
    rangeA1(FIRST, C.roi, last, C.roi),
    { kind: 'number', min: 0 },
    numberHelp(LABELS.roi, L, 0)
  );
  inputLegend(s, 3, C.budget);
  const checks = rangeA1(FIRST, C.budgetCheck, last, C.roiCheck);
  const c0 = a1(FIRST, C.budgetCheck);
  s.when(checks, `=${c0}=${q(CHECKS.illusory, L)}`, BAD);
  s.when(checks, `=${c0}=${q(CHECKS.within, L)}`, GOOD);
  s.when(checks, `=OR(${c0}=${q(CHECKS.below, L)},${c0}=${q(CHECKS.above, L)})`, WATCH);
  const fixes = Object.values(LABELS).flatMap((l) => [numberExpected(l), outOfRange(l, 0)]);
  s.when(checks, `=OR(${fixes.map((t) => `${c0}=${q(t, L)}`).join(',')})`, BAD);
  return s.widths(10, 38, 14, 14, 12, 12, 13, 15, 13, 24, 24).freeze(HEADER).build();
}
