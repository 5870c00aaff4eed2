/**
 * Portfolio funding (docs/method.md, "Portfolio funding"): a project register, a budget split in
 * envelopes, the simple rule (best value per € first, skipping what no longer fits) by native
 * formulas, and an empty "Funded (Boussole)" column the Portfolio panel fills with the exact optimum.
 */
import type { Text } from '../i18n';
import { formulaText } from '../formulas';
import { DEFAULT_SHARES } from '../method/budget';
import { a1, rangeA1 } from './a1';
import { formula, input, SheetBuilder } from './builder';
import {
  checkFormula,
  checkLooks,
  CHECK,
  FLAGGED,
  flaggedCount,
  listHelp,
  listRule,
  numberHelp,
  numberRules,
  OK,
} from './checks';
import { q, SHARES_TOTAL, totalNote, yesNo } from './common';
import { FORMATS } from './styles';
import type { BuildOptions, SheetSpec } from './types';
import { ENVELOPE_WORDS, EXAMPLE_PORTFOLIO, PF, STATUS_WORDS } from './portfolio-text';
import {
  BUDGET,
  C,
  chartArea,
  ENV,
  FIRST,
  frontierChart,
  GREEDY,
  HEADER,
  LAST,
  WHY,
} from './portfolio-chart';

/** Ratio given to free projects (cost 0) so they rank first. */
const FREE_RATIO = '10^99';

export function portfolio(o: BuildOptions): SheetSpec {
  const s = new SheetBuilder('portfolio', o);
  const t = (x: Text) => s.t(x);
  const e = s.examples ? EXAMPLE_PORTFOLIO : undefined;
  const col = (c: number) => rangeA1(FIRST, c, LAST, c, true);
  const budget = a1(BUDGET, 3, true);
  const must = q(STATUS_WORDS.must, o.lang);
  const never = q(STATUS_WORDS.never, o.lang);
  const [yes] = yesNo(o.lang);
  s.intro(PF.howTo);

  s.section(BUDGET - 1, PF.budgetSection, 6);
  s.row(BUDGET, 1, [t(PF.budget), null, input(e?.budget, FORMATS.thousands)]);
  s.validate(`C${BUDGET}`, { kind: 'number', min: 0 }, numberHelp(PF.budget, o.lang, 0));
  s.name('Portfolio_Budget', `C${BUDGET}`);

  // Envelopes: share, cap, and the cost each selection puts in it.
  s.headers(ENV - 1, 1, [
    PF.envelope,
    PF.share,
    PF.cap,
    PF.greedyCost,
    PF.fundedCost,
    PF.envelopeNote,
  ]);
  const envs = Object.values(ENVELOPE_WORDS);
  envs.forEach((w, i) => {
    const r = ENV + i;
    const word = q(w, o.lang);
    s.row(r, 1, [
      t(w),
      input(DEFAULT_SHARES[i], FORMATS.pct),
      formula(`=N(${budget})*N(B${r})`, FORMATS.thousands, 'output'),
      formula(
        `=SUMIFS(${col(C.cost)},${col(C.envelope)},${word},${col(C.greedy)},1)`,
        FORMATS.thousands,
        'output'
      ),
      formula(
        `=SUMIFS(${col(C.cost)},${col(C.envelope)},${word},${col(C.funded)},1)+SUMIFS(${col(C.cost)},${col(C.envelope)},${word},${col(C.funded)},${formulaText(yes)})`,
        FORMATS.thousands,
        'output'
      ),
      formula(`=IF(D${r}>C${r},${q(PF.overCap, o.lang)},"")`, undefined, 'note'),
    ]);
  });
  const last = ENV + envs.length - 1;
  const shares = `B${ENV}:B${last}`;
  s.validate(shares, { kind: 'number', min: 0, max: 1 }, numberHelp(PF.share, o.lang, 0, 1));
  s.name('Portfolio_Shares', shares);
  const total = last + 1;
  const sum = (c: string) => formula(`=SUM(${c}${ENV}:${c}${last})`, FORMATS.thousands, 'total');
  s.row(total, 1, [
    t(PF.total),
    formula(`=SUM(${shares})`, FORMATS.pct, 'total'),
    sum('C'),
    sum('D'),
    sum('E'),
    formula(totalNote(`B${total}`, o.lang, SHARES_TOTAL), undefined, 'note'),
  ]);

  // The simple rule's totals: must projects first, then the walk in rank order.
  s.section(GREEDY - 1, PF.simpleRule, 6);
  const mustCost = a1(GREEDY + 2, 3, true);
  s.row(GREEDY, 1, [
    t(PF.greedyTotalCost),
    null,
    {
      ...formula(`=SUMIFS(${col(C.cost)},${col(C.greedy)},1)`, FORMATS.thousands, 'total'),
      name: 'greedy-cost',
    },
  ]);
  s.row(GREEDY + 1, 1, [
    t(PF.greedyTotalValue),
    null,
    {
      ...formula(`=SUMIFS(${col(C.value)},${col(C.greedy)},1)`, FORMATS.thousands, 'total'),
      name: 'greedy-value',
    },
  ]);
  s.row(GREEDY + 2, 1, [
    t(PF.mustCost),
    null,
    formula(
      `=SUMIFS(${col(C.cost)},${col(C.check)},"${OK}",${col(C.status)},${must})`,
      FORMATS.thousands,
      'output'
    ),
  ]);
  // The must projects' value, where the walk's running value starts (as its cost starts at mustCost).
  const mustValue = `SUMIFS(${col(C.value)},${col(C.check)},"${OK}",${col(C.status)},${must})`;
  s.row(GREEDY + 3, 1, [
    t(FLAGGED),
    null,
    { ...formula(flaggedCount(col(C.check)), FORMATS.int, 'output'), name: 'flagged' },
  ]);

  s.section(WHY - 1, PF.why, 8);
  [PF.why1, PF.why2, PF.why3].forEach((w, i) => s.put(WHY + i, 1, { value: t(w), style: 'note' }));

  s.section(HEADER - 1, PF.list, C.running);
  s.headers(HEADER, 1, [
    PF.name,
    PF.cost,
    PF.value,
    PF.envelope,
    PF.status,
    PF.requires,
    PF.excludes,
    CHECK,
    PF.ratio,
    PF.rank,
    PF.greedy,
    PF.funded,
    PF.order,
    PF.taken,
    PF.running,
    PF.runningValue,
  ]);
  const envWords = envs.map(t);
  const statusWords = Object.values(STATUS_WORDS).map(t);
  for (let r = FIRST; r <= LAST; r++) {
    const k = r - HEADER;
    const p = e?.projects[k - 1];
    const ref = (c: number) => a1(r, c);
    const rules = [
      ...numberRules(ref(C.cost), PF.cost, o.lang, { min: 0 }),
      ...numberRules(ref(C.value), PF.value, o.lang),
      listRule(ref(C.envelope), PF.envelope, envWords, o.lang),
      listRule(ref(C.status), PF.status, statusWords, o.lang),
    ];
    const ok = `${ref(C.check)}="${OK}"`;
    const status = ref(C.status);
    const prev = k === 1 ? mustCost : a1(r - 1, C.running);
    const prevValue = k === 1 ? mustValue : a1(r - 1, C.runningValue);
    s.row(r, 1, [
      input(p && t(p.name)),
      input(p?.cost, FORMATS.num1),
      input(p?.value, FORMATS.num1),
      input(p && t(ENVELOPE_WORDS[p.envelope])),
      input(),
      input(),
      input(),
      formula(checkFormula([rangeA1(r, C.name, r, C.excludes)], rules), undefined, 'note'),
      // Only free projects are ranked: must rows are in, never rows out, whatever their ratio.
      formula(
        `=IF(AND(${ok},${status}<>${must},${status}<>${never}),IF(${ref(C.cost)}>0,${ref(C.value)}/${ref(C.cost)},${FREE_RATIO}),"")`,
        FORMATS.num2,
        'output'
      ),
      // A unique rank: ties go to the earlier row.
      formula(
        `=IF(ISNUMBER(${ref(C.ratio)}),RANK(${ref(C.ratio)},${col(C.ratio)},0)+COUNTIF(${a1(FIRST, C.ratio, true)}:${ref(C.ratio)},${ref(C.ratio)})-1,"")`,
        FORMATS.int,
        'output'
      ),
      formula(
        `=IF(${ok},IF(${status}=${must},1,IF(${status}=${never},0,INDEX(${col(C.taken)},${ref(C.rank)}))),"")`,
        FORMATS.int,
        'output'
      ),
      { style: 'output', format: FORMATS.int },
      // The walk: row k holds the k-th ranked project; each row reads only the row above, so no cycle.
      formula(
        `=IF(${k}<=COUNT(${col(C.rank)}),INDEX(${col(C.cost)},MATCH(${k},${col(C.rank)},0)),"")`,
        FORMATS.num1,
        'note'
      ),
      formula(
        `=IF(ISNUMBER(${ref(C.order)}),IF(${prev}+${ref(C.order)}<=N(${budget}),1,0),"")`,
        FORMATS.int,
        'note'
      ),
      formula(
        `=IF(ISNUMBER(${ref(C.order)}),${prev}+${ref(C.taken)}*${ref(C.order)},${prev})`,
        FORMATS.num1,
        'note'
      ),
      formula(
        `=IF(ISNUMBER(${ref(C.order)}),${prevValue}+${ref(C.taken)}*INDEX(${col(C.value)},MATCH(${k},${col(C.rank)},0)),${prevValue})`,
        FORMATS.num1,
        'note'
      ),
    ]);
  }
  frontierChart(s, budget);
  s.unlock(rangeA1(FIRST, C.funded, LAST, C.funded));
  s.name('Portfolio_Funded', rangeA1(FIRST, C.funded, LAST, C.funded));
  s.validate(
    rangeA1(FIRST, C.cost, LAST, C.value),
    { kind: 'number', min: 0 },
    numberHelp(PF.cost, o.lang, 0)
  );
  s.validate(
    rangeA1(FIRST, C.envelope, LAST, C.envelope),
    { kind: 'list', values: envWords },
    listHelp(PF.envelope, o.lang)
  );
  s.validate(
    rangeA1(FIRST, C.status, LAST, C.status),
    { kind: 'list', values: statusWords },
    listHelp(PF.status, o.lang)
  );
  checkLooks(s, rangeA1(FIRST, C.check, LAST, C.check), a1(FIRST, C.check));
  s.when(rangeA1(FIRST, C.greedy, LAST, C.greedy), `${a1(FIRST, C.greedy)}=1`, {
    fill: '#C6EFCE',
    bold: true,
  });

  // Columns as wide as their values in both languages (the headers wrap); the list prints up to
  // its running value, the frontier chart on the next page (docs/templates.md "Print").
  return s
    .widths(30, 10, 10, 19, 12, 10, 10, 24, 10, 10, 10, 10, 10, 10, 10, 10, 3)
    .print({
      orientation: 'landscape',
      area: rangeA1(1, 1, LAST, C.runningValue),
      moreAreas: [chartArea()],
      fitToWidth: true,
      repeatRows: { first: HEADER, last: HEADER },
    })
    .build();
}
