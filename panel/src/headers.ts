/** Finding the project table's columns by their French or English header names. */
import { CRITERIA, fold } from '@boussole/core';

export type Criterion = (typeof CRITERIA)[number]['key'];
export type Field = 'name' | Criterion;
export const CRITERION_KEYS: readonly Criterion[] = CRITERIA.map((c) => c.key);
export const FIELDS: readonly Field[] = ['name', ...CRITERION_KEYS];

/** Case, accents and punctuation ignored: "Alignement stratégique (0–10)" → "alignement strategique 0 10". */
export function headerKey(header: unknown): string {
  if (typeof header !== 'string' && typeof header !== 'number') return '';
  return fold(String(header))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Header names per field, besides the criterion labels of the method (CRITERIA, FR and EN). */
const EXTRA_NAMES: Readonly<Record<Field, readonly string[]>> = {
  name: ['projet', 'project', 'nom', 'name', 'initiative', "cas d'usage", 'use case', 'intitulé'],
  impact: [],
  effort: [],
  risk: ['risques', 'risks'],
  alignment: ['alignement', 'alignment'],
};

const NAMES: readonly (readonly [Field, readonly string[]])[] = FIELDS.map((field) => {
  const criterion = CRITERIA.find((c) => c.key === field);
  const labels = criterion ? [criterion.label.fr, criterion.label.en] : [];
  return [field, [...labels, ...EXTRA_NAMES[field]].map(headerKey)] as const;
});

/** The field a header names: the whole header or its first words ("Impact (0-10)", "Nom du projet"). */
export function fieldOf(header: unknown): Field | undefined {
  const key = headerKey(header);
  if (!key) return undefined;
  const hit = NAMES.find(([, names]) => names.some((n) => key === n || key.startsWith(`${n} `)));
  return hit?.[0];
}

/** Column index of each field in a header row (the left-most match), undefined when absent. */
export type Mapping = Record<Field, number | undefined>;

export function matchHeaders(row: readonly unknown[]): Mapping {
  const mapping = Object.fromEntries(FIELDS.map((f) => [f, undefined])) as Mapping;
  row.forEach((cell, i) => {
    const field = fieldOf(cell);
    if (field && mapping[field] === undefined) mapping[field] = i;
  });
  return mapping;
}

export const missingCriteria = (m: Mapping): Criterion[] =>
  CRITERION_KEYS.filter((k) => m[k] === undefined);
