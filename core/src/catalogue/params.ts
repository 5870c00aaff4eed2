/** Parameters shared by several functions, so their names and help read the same everywhere. */
import type { ParamSpec } from './types';

export const langParam = {
  name: 'lang',
  type: 'lang',
  optional: true,
  help: {
    fr: 'Langue du libellé, "fr" ou "en" (par défaut : la langue de l’application)',
    en: 'Language of the label, "fr" or "en" (default: the application language)',
  },
} as const satisfies ParamSpec;

export const weeksParam = {
  name: 'weeks_per_year',
  type: 'number',
  gt: 0,
  max: 53,
  optional: true,
  default: 52,
  help: {
    fr: 'Semaines travaillées par an (52 par défaut)',
    en: 'Working weeks per year (default 52)',
  },
} as const satisfies ParamSpec;

/** A 0-to-10 score; call sites add its help as a property (the builds that drop help drop it whole). */
export const scoreParam = <N extends string>(name: N) =>
  ({ name, type: 'number', min: 0, max: 10 }) as const;

export const annualSavings = {
  name: 'annual_savings',
  type: 'number',
  help: { fr: 'Économies annuelles attendues (€)', en: 'Expected annual savings (€)' },
} as const satisfies ParamSpec;

export const projectCost = {
  name: 'project_cost',
  type: 'number',
  gt: 0,
  help: { fr: 'Coût du projet (€)', en: 'Project cost (€)' },
} as const satisfies ParamSpec;

export const hourlyCost = {
  name: 'hourly_cost',
  type: 'number',
  min: 0,
  help: { fr: 'Coût horaire moyen chargé (€)', en: 'Average loaded hourly cost (€)' },
} as const satisfies ParamSpec;

export const employees = {
  name: 'employees',
  type: 'number',
  min: 0,
  help: { fr: "Nombre de salariés de l'entreprise", en: 'Number of employees of the company' },
} as const satisfies ParamSpec;

export const levelParam = (name: string, fr: string, en: string) =>
  ({
    name,
    type: 'level',
    help: {
      fr: `${fr} : 1 à 3, ou faible / moyen / élevé`,
      en: `${en}: 1 to 3, or low / medium / high`,
    },
  }) as const satisfies ParamSpec;

export const yearsParam = (byDefault: number) =>
  ({
    name: 'years',
    type: 'number',
    min: 1,
    max: 50,
    integer: true,
    optional: true,
    default: byDefault,
    help: {
      fr: `Nombre d'années (${byDefault} par défaut)`,
      en: `Number of years (default ${byDefault})`,
    },
  }) as const satisfies ParamSpec;

/** An optional yearly rate from 0 to 1, 0 by default; help added as for scoreParam. */
const yearlyRate = <N extends string>(name: N) =>
  ({ name, type: 'number', min: 0, max: 1, optional: true, default: 0 }) as const;

export const runRate = {
  ...yearlyRate('run_rate'),
  help: {
    fr: 'Coût de fonctionnement annuel en part du coût initial (souvent 20 à 40 %)',
    en: 'Yearly run cost as a share of the initial cost (often 20–40 %)',
  },
} as const satisfies ParamSpec;

export const discountRate = {
  ...yearlyRate('discount_rate'),
  help: {
    fr: "Taux d'actualisation annuel (0 par défaut)",
    en: 'Yearly discount rate (default 0)',
  },
} as const satisfies ParamSpec;
