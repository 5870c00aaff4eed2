/** Maturity: level from the five-dimension diagnostic (docs/method.md §6). */
import { DIMENSIONS, MATURITY_LEVELS, maturityLevel } from '../method/maturity';
import { langParam } from './params';
import { defineFunction, type ParamSpec } from './types';

const scores = {
  name: 'scores',
  type: 'numbers',
  role: 'rows',
  count: DIMENSIONS.length,
  min: 1,
  max: 5,
  help: {
    fr: 'Les 5 notes de 1 à 5 : alignement, données, compétences, adhésion, gouvernance (une ligne par diagnostic)',
    en: 'The 5 scores from 1 to 5: alignment, data, skills, buy-in, governance (one row per diagnostic)',
  },
} as const satisfies ParamSpec;

export const MATURITYLEVEL = defineFunction({
  id: 'MATURITYLEVEL',
  category: 'maturity',
  summary: {
    fr: 'Niveau de maturité IA de 1 à 5 : partie entière de la moyenne des 5 dimensions',
    en: 'AI maturity level 1–5: floor of the mean of the 5 dimensions',
  },
  result: { kind: 'number', help: { fr: 'Niveau de 1 à 5', en: 'Level 1 to 5' } },
  params: [scores],
  impl: ([s]) => maturityLevel(s),
  examples: [
    { args: [[[3, 2, 2, 3, 2]]], result: 2 },
    { args: [[[5, 5, 4, 5, 5]]], result: 4 },
  ],
});

export const MATURITY = defineFunction({
  id: 'MATURITY',
  category: 'maturity',
  summary: {
    fr: 'Nom du niveau de maturité IA : Explorateur, Pilote, Industrialisation, Transformation, Leader',
    en: 'AI maturity level name: Explorer, Pilot, Industrialisation, Transformation, Leader',
  },
  result: { kind: 'text', help: { fr: 'Nom du niveau', en: 'Level name' } },
  params: [scores, langParam],
  impl: ([s], lang) => MATURITY_LEVELS[maturityLevel(s)].name[lang],
  examples: [
    { args: [[[3, 2, 2, 3, 2]], 'fr'], result: 'Pilote' },
    { args: [[[1, 1, 2, 1, 1]], 'en'], result: 'Explorer' },
  ],
});
