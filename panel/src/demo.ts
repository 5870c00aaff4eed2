/**
 * The preview's demo workbooks: the four projects of docs/method.md, a generated 1 000-project portfolio
 * (deterministic, with a few rows invalid on purpose so the validation shows), or an empty workbook.
 */
import { CRITERIA, EXAMPLE_PROJECTS, templateName, type Lang } from '@boussole/core';
import type { CellValue } from './protocol/bridge';
import { t } from './i18n';
import { portfolioSheet } from './portfolio/demo';

export type DemoKind = 'method' | 'portfolio' | 'empty';
export const DEMO_KINDS: readonly DemoKind[] = ['method', 'portfolio', 'empty'];

/** The demo a page address asks for (?demo=portfolio), else the four method projects. */
export function demoKindOf(search: string): DemoKind {
  const asked = new URLSearchParams(search).get('demo');
  return DEMO_KINDS.find((k) => k === asked) ?? 'method';
}

/** Projects in the generated portfolio, unless the address asks for another size. */
export const PORTFOLIO_SIZE = 1000;
const MAX_PORTFOLIO_SIZE = 100_000;

/** The size of the generated portfolio a page address asks for (?projects=10000, benchmarks). */
export function demoSizeOf(search: string): number {
  const n = Number(new URLSearchParams(search).get('projects'));
  return Number.isInteger(n) && n >= 1 && n <= MAX_PORTFOLIO_SIZE ? n : PORTFOLIO_SIZE;
}

export interface DemoSheet {
  name: string;
  cells: CellValue[][];
}

type Project = readonly [
  name: string,
  impact: CellValue,
  effort: CellValue,
  risk: CellValue,
  alignment: CellValue,
];

/** The header row the priority-scoring template uses: project, then the method's criteria. */
export const projectHeaders = (lang: Lang): string[] => [
  t('project', lang),
  ...CRITERIA.map((c) => c.label[lang]),
];

/** A title row, a blank row, the header row, then the projects (so the header is not on row 1). */
function sheetOf(name: string, lang: Lang, projects: readonly Project[]): DemoSheet {
  return {
    name,
    cells: [[t('demoTitle', lang)], [], projectHeaders(lang), ...projects.map((p) => [...p])],
  };
}

export const methodProjects = (lang: Lang): Project[] =>
  EXAMPLE_PROJECTS.map((p) => [p.name[lang], p.impact, p.effort, p.risk, p.alignment]);

/** mulberry32: a small seeded generator, so the portfolio is the same on every open. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const ACTIONS = {
  fr: ['Automatisation', 'Assistant IA', 'Prévision', 'Détection', 'Analyse', 'Tri automatique'],
  en: ['Automation', 'AI assistant', 'Forecasting', 'Detection', 'Analysis', 'Automatic sorting'],
};
const OBJECTS = {
  fr: [
    'des factures',
    'des devis',
    'du recrutement',
    'des stocks',
    'des réclamations',
    'de la trésorerie',
    'des contrats',
    'des notes de frais',
  ],
  en: [
    'of invoices',
    'of quotes',
    'of recruitment',
    'of stock',
    'of complaints',
    'of cash',
    'of contracts',
    'of expense claims',
  ],
};
const TEAMS = {
  fr: [
    'Finance',
    'RH',
    'Achats',
    'Ventes',
    'Logistique',
    'Juridique',
    'Marketing',
    'Service client',
  ],
  en: [
    'Finance',
    'HR',
    'Purchasing',
    'Sales',
    'Logistics',
    'Legal',
    'Marketing',
    'Customer service',
  ],
};

/** Every 97th row carries one of the three problems the panel must list (blank, text, out of range). */
const FLAWS: readonly CellValue[] = [null, 'n/a', 12];

export function generatedProjects(lang: Lang, count = PORTFOLIO_SIZE, seed = 20240601): Project[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const mark = () => Math.round(next() * 10);
  return Array.from({ length: count }, (_, i) => {
    const name = `${pick(ACTIONS[lang])} ${pick(OBJECTS[lang])} — ${pick(TEAMS[lang])} ${i + 1}`;
    const marks: CellValue[] = [mark(), mark(), mark(), mark()];
    if (i % 97 === 42) marks[Math.floor(i / 97) % 4] = FLAWS[Math.floor(i / 97) % FLAWS.length];
    return [name, marks[0], marks[1], marks[2], marks[3]] as const;
  });
}

/** The size of the generated project register a page address asks for (?register=200, benchmarks). */
export function registerSizeOf(search: string): number | undefined {
  const n = Number(new URLSearchParams(search).get('register'));
  return Number.isInteger(n) && n >= 1 && n <= MAX_REGISTER_SIZE ? n : undefined;
}
const MAX_REGISTER_SIZE = 1000;

/** The demo's sheets; `register` replaces METHOD's six-project register by a generated one. */
export function demoSheets(
  kind: DemoKind,
  lang: Lang,
  size = PORTFOLIO_SIZE,
  register?: number
): DemoSheet[] {
  const name = templateName('priority-scoring', lang);
  if (kind === 'method')
    return [sheetOf(name, lang, methodProjects(lang)), portfolioSheet(lang, register)];
  if (kind === 'portfolio') return [sheetOf(name, lang, generatedProjects(lang, size))];
  return [{ name: t('emptySheet', lang), cells: [] }];
}
