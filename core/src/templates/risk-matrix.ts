/**
 * docs/method.md §5: a risk register whose cell (A1…C3) and response come from formulas, next to the
 * 3 × 3 heat map (impact rows, probability columns) that counts the register's risks per cell.
 */
import type { Text } from '../i18n';
import {
  LEVELS,
  RESPONSES,
  RISK_CATEGORIES,
  riskCell,
  riskResponse,
  type Level,
} from '../method/risk';
import { a1, rangeA1 } from './a1';
import { formula, input, SheetBuilder } from './builder';
import { CHECK, checkFormula, checkLooks, inputLegend, listHelp, listRule, whenOk } from './checks';
import { FORM_ROWS, OWNER } from './common';
import { BAD, GOOD, WATCH } from './styles';
import type { BuildOptions, SheetSpec, StyleName } from './types';

const C = {
  name: 1,
  category: 2,
  impact: 3,
  probability: 4,
  cell: 5,
  response: 6,
  action: 7,
  owner: 8,
  check: 9,
};
const HEADER = 4;
const FIRST = HEADER + 1;
const LAST = HEADER + FORM_ROWS;
/** Heat map: its corner at (HEADER, MAP), impact levels down column MAP from high to low. */
const MAP = 11;
const LEGEND = HEADER + 5;

const LABELS = {
  category: { fr: 'Catégorie', en: 'Category' },
  impact: { fr: 'Impact', en: 'Impact' },
  probability: { fr: 'Probabilité', en: 'Probability' },
} as const satisfies Record<string, Text>;

const EXAMPLES: readonly {
  name: Text;
  category: number;
  impact: Level;
  probability: Level;
  action: Text;
}[] = [
  {
    name: { fr: "Fuite de données clients par l'outil", en: 'Customer data leak through the tool' },
    category: 0,
    impact: 3,
    probability: 2,
    action: {
      fr: 'Clauses contractuelles, assurance cyber',
      en: 'Contract clauses, cyber insurance',
    },
  },
  {
    name: { fr: 'Non-conformité RGPD ou AI Act', en: 'GDPR or AI Act non-compliance' },
    category: 1,
    impact: 3,
    probability: 1,
    action: {
      fr: 'Revue juridique, registre des traitements',
      en: 'Legal review, processing register',
    },
  },
  {
    name: { fr: 'Dérive du modèle de prévision', en: 'Forecasting model drift' },
    category: 2,
    impact: 2,
    probability: 2,
    action: { fr: 'Suivi mensuel de la précision', en: 'Monthly accuracy monitoring' },
  },
  {
    name: { fr: 'Faible adoption par les équipes', en: 'Low adoption by the teams' },
    category: 3,
    impact: 2,
    probability: 3,
    action: { fr: 'Ambassadeurs internes, formation', en: 'Internal champions, training' },
  },
  {
    name: { fr: 'Erreurs ponctuelles de classement', en: 'Occasional classification errors' },
    category: 2,
    impact: 1,
    probability: 3,
    action: { fr: 'Contrôle par échantillon', en: 'Spot checks' },
  },
];

export function riskMatrix(o: BuildOptions): SheetSpec {
  const s = new SheetBuilder('risk-matrix', o);
  const levelNames = ([1, 2, 3] as const).map((l) => s.t(LEVELS[l]));
  const categories = RISK_CATEGORIES.map((t) => s.t(t));
  s.intro({
    fr: 'Une ligne par risque : choisissez impact et probabilité (Faible, Moyen, Élevé). La cellule (A1 à C3) et la réponse se calculent ; la carte compte les risques par cellule.',
    en: 'One row per risk: choose impact and probability (Low, Medium, High). The cell (A1 to C3) and the response compute themselves; the map counts risks per cell.',
  });
  s.headers(HEADER, 1, [
    { fr: 'Risque', en: 'Risk' },
    LABELS.category,
    LABELS.impact,
    LABELS.probability,
    { fr: 'Cellule', en: 'Cell' },
    { fr: 'Réponse', en: 'Response' },
    { fr: "Plan d'action", en: 'Action plan' },
    OWNER,
    CHECK,
  ]);
  inputLegend(s, 3, C.action);

  // Heat map: impact high → low down the rows (letters C, B, A), probability low → high across.
  const impacts = rangeA1(HEADER + 1, MAP, HEADER + 3, MAP, true);
  const probabilities = rangeA1(HEADER, MAP + 1, HEADER, MAP + 3, true);
  const cells = rangeA1(FIRST, C.cell, LAST, C.cell, true);
  s.put(HEADER, MAP, {
    value: s.t({ fr: 'Impact \\ Probabilité', en: 'Impact \\ Probability' }),
    style: 'header',
  });
  s.row(HEADER, MAP + 1, levelNames, { style: 'header' });
  const bands: Record<Level, StyleName> = { 1: 'low', 2: 'medium', 3: 'high' };
  for (const impact of [3, 2, 1] as const) {
    const r = HEADER + 4 - impact;
    s.put(r, MAP, { value: s.t(LEVELS[impact]), style: 'header' });
    s.row(
      r,
      MAP + 1,
      ([1, 2, 3] as const).map((p) => {
        const code = riskCell(impact, p);
        return {
          ...formula(`="${code} ("&COUNTIF(${cells},"${code}")&")"`, undefined, bands[impact]),
          name: `map-${code}`,
        };
      })
    );
  }
  // Legend: the response follows the impact letter.
  s.headers(LEGEND, MAP, [
    { fr: 'Lettre', en: 'Letter' },
    { fr: 'Réponse', en: 'Response' },
    { fr: 'Que faire', en: 'What to do' },
  ]);
  const letters = rangeA1(LEGEND + 1, MAP, LEGEND + 3, MAP, true);
  const responses = rangeA1(LEGEND + 1, MAP + 1, LEGEND + 3, MAP + 1, true);
  for (const impact of [1, 2, 3] as const) {
    const r = riskResponse(impact);
    s.row(LEGEND + impact, MAP, [
      { value: 'ABC'[impact - 1], style: bands[impact] },
      { value: s.t(RESPONSES[r].label), style: bands[impact] },
      { value: s.t(RESPONSES[r].detail), style: 'note' },
    ]);
  }

  const examples = s.examples ? EXAMPLES : [];
  for (let r = FIRST; r <= LAST; r++) {
    const e = examples[r - FIRST];
    const [category, impact, probability, cell, check] = [
      C.category,
      C.impact,
      C.probability,
      C.cell,
      C.check,
    ].map((c) => a1(r, c));
    const rules = [
      listRule(category, LABELS.category, categories, o.lang),
      listRule(impact, LABELS.impact, levelNames, o.lang, true),
      listRule(probability, LABELS.probability, levelNames, o.lang, true),
    ];
    s.row(r, 1, [
      input(e && s.t(e.name)),
      input(e && s.t(RISK_CATEGORIES[e.category])),
      input(e && s.t(LEVELS[e.impact])),
      input(e && s.t(LEVELS[e.probability])),
      {
        ...formula(
          whenOk(
            check,
            `MID("CBA",MATCH(${impact},${impacts},0),1)&MATCH(${probability},${probabilities},0)`
          )
        ),
        name: `cell-${r - FIRST + 1}`,
      },
      {
        ...formula(whenOk(check, `INDEX(${responses},MATCH(LEFT(${cell},1),${letters},0))`)),
        name: `response-${r - FIRST + 1}`,
      },
      input(e && s.t(e.action)),
      input(),
      {
        ...formula(
          checkFormula(
            [rangeA1(r, C.name, r, C.probability), rangeA1(r, C.action, r, C.owner)],
            rules
          )
        ),
        name: `check-${r - FIRST + 1}`,
      },
    ]);
  }
  s.validate(
    rangeA1(FIRST, C.category, LAST, C.category),
    { kind: 'list', values: categories },
    listHelp(LABELS.category, o.lang)
  );
  for (const c of [C.impact, C.probability] as const)
    s.validate(
      rangeA1(FIRST, c, LAST, c),
      { kind: 'list', values: levelNames },
      listHelp(c === C.impact ? LABELS.impact : LABELS.probability, o.lang)
    );
  checkLooks(s, rangeA1(FIRST, C.check, LAST, C.check), a1(FIRST, C.check));
  const out = rangeA1(FIRST, C.cell, LAST, C.response);
  const first = a1(FIRST, C.cell).replace(/^/, '$');
  s.when(out, `=LEFT(${first},1)="C"`, BAD);
  s.when(out, `=LEFT(${first},1)="B"`, WATCH);
  s.when(out, `=LEFT(${first},1)="A"`, GOOD);
  return s.widths(36, 18, 11, 12, 9, 13, 34, 16, 36, 3, 20, 12, 12, 12).freeze(HEADER).build();
}
