import type { Lang, Text } from '../i18n';

/**
 * The template ids, in menu order: a public contract (docs/architecture.md). Ids are stable; sheet
 * names are localised.
 */
export const TEMPLATE_IDS = [
  'process-audit',
  'calculators',
  'priority-scoring',
  'kpi-dashboard',
  'risk-matrix',
  'roadmap-90',
  'checklists',
  'vendor-matrix',
  'maturity',
  'ai-act',
  'budget',
  'use-cases',
  'business-case',
  'pilot-tracking',
  'portfolio',
] as const;

export type TemplateId = (typeof TEMPLATE_IDS)[number];

/** Sheet names: at most 31 characters, none of \ / ? * [ ] :, no leading or trailing apostrophe. */
const NAMES: Readonly<Record<TemplateId, Text>> = {
  'process-audit': { fr: 'Audit des processus', en: 'Process audit' },
  calculators: { fr: 'Calculateurs', en: 'Calculators' },
  'priority-scoring': { fr: 'Score de priorisation', en: 'Priority scoring' },
  'kpi-dashboard': { fr: 'Tableau de bord KPI', en: 'KPI dashboard' },
  'risk-matrix': { fr: 'Matrice des risques', en: 'Risk matrix' },
  'roadmap-90': { fr: 'Feuille de route 30-60-90', en: '30-60-90 roadmap' },
  checklists: { fr: 'Checklists', en: 'Checklists' },
  'vendor-matrix': { fr: 'Matrice fournisseurs', en: 'Vendor matrix' },
  maturity: { fr: 'Maturité', en: 'Maturity' },
  'ai-act': { fr: 'AI Act', en: 'AI Act' },
  budget: { fr: 'Budget', en: 'Budget' },
  'use-cases': { fr: "Cas d'usage", en: 'Use cases' },
  'business-case': { fr: 'Business case', en: 'Business case' },
  'pilot-tracking': { fr: 'Suivi du pilote', en: 'Pilot tracking' },
  portfolio: { fr: 'Portefeuille', en: 'Portfolio' },
};

export function isTemplateId(id: unknown): id is TemplateId {
  return typeof id === 'string' && (TEMPLATE_IDS as readonly string[]).includes(id);
}

/** The localised sheet name of a template (before any "(2)" suffix for a name clash). */
export function templateName(id: TemplateId, lang: Lang): string {
  return NAMES[id][lang];
}

const pascal = (id: string): string =>
  id.replace(/(^|-)(\w)/g, (_, _dash: string, c: string) => c.toUpperCase());

/**
 * The host command that inserts a template: Excel's ribbon FunctionName and the Sheets menu's
 * top-level handler. "process-audit" → "insertTemplateProcessAudit" (blank) or
 * "insertExampleProcessAudit" (with example data). Never ending in "_" (Apps Script keeps those
 * private).
 */
export function templateCommand(id: TemplateId, examples: boolean): string {
  return `${examples ? 'insertExample' : 'insertTemplate'}${pascal(id)}`;
}
