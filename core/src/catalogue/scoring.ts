/** Prioritisation: the priority score, weighted scores and the impact/effort matrix (docs/method.md §3, §4, §9). */
import {
  DEFAULT_THRESHOLD,
  DEFAULT_WEIGHTS,
  priority,
  QUADRANTS,
  quadrant,
  weightedScore,
} from '../method/scoring';
import { langParam, scoreParam } from './params';
import { defineFunction } from './types';

const impact = {
  ...scoreParam('impact'),
  help: { fr: 'Impact, de 0 à 10', en: 'Impact, 0 to 10' },
} as const;
const effort = {
  ...scoreParam('effort'),
  help: {
    fr: 'Effort, de 0 à 10 (plus bas = plus facile)',
    en: 'Effort, 0 to 10 (lower is easier)',
  },
} as const;

export const PRIORITY = defineFunction({
  id: 'PRIORITY',
  category: 'prioritisation',
  summary: {
    fr: 'Score de priorisation de 0 à 10 : Σ poids × critère, effort et risque comptés 10 − x',
    en: 'Priority score from 0 to 10: Σ weight × criterion, effort and risk scored 10 − x',
  },
  result: { kind: 'number', help: { fr: 'Score de 0 à 10', en: 'Score from 0 to 10' } },
  params: [
    impact,
    effort,
    {
      ...scoreParam('risk'),
      help: { fr: 'Risque, de 0 à 10 (plus bas = plus sûr)', en: 'Risk, 0 to 10 (lower is safer)' },
    },
    {
      ...scoreParam('alignment'),
      help: { fr: 'Alignement stratégique, de 0 à 10', en: 'Strategic alignment, 0 to 10' },
    },
    {
      name: 'weights',
      type: 'numbers',
      role: 'config',
      count: 4,
      total: true,
      min: 0,
      optional: true,
      default: DEFAULT_WEIGHTS,
      help: {
        fr: 'Quatre poids impact, effort, risque, alignement totalisant 100 % (40/30/20/10 par défaut)',
        en: 'Four weights impact, effort, risk, alignment totalling 100 % (default 40/30/20/10)',
      },
    },
  ],
  impl: ([i, e, r, a, weights]) => priority(i, e, r, a, weights),
  examples: [
    { args: [9, 5, 3, 8], result: 7.3 },
    { args: [7, 6, 4, 9], result: 6.1 },
    { args: [10, 9, 6, 10], result: 6.1 },
    { args: [8, 4, 2, 7], result: 7.3 },
    { args: [9, 5, 3, 8, [[25, 25, 25, 25]]], result: 7.25 },
  ],
});

export const WEIGHTEDSCORE = defineFunction({
  id: 'WEIGHTEDSCORE',
  category: 'prioritisation',
  summary: {
    fr: 'Somme pondérée de notes (matrice fournisseurs, critères personnalisés)',
    en: 'Weighted sum of scores (vendor matrix, custom criteria)',
  },
  result: { kind: 'number', help: { fr: 'Score pondéré', en: 'Weighted score' } },
  params: [
    {
      name: 'scores',
      type: 'numbers',
      role: 'rows',
      help: {
        fr: 'Notes : une ligne ou une colonne ; une matrice donne un score par ligne (ou par colonne si les poids correspondent aux lignes)',
        en: 'Scores: one row or one column; a matrix gives one score per row (or per column when the weights match its rows)',
      },
    },
    {
      name: 'weights',
      type: 'numbers',
      role: 'config',
      total: true,
      min: 0,
      help: {
        fr: 'Poids des critères, totalisant 100 %',
        en: 'Criterion weights, totalling 100 %',
      },
    },
  ],
  impl: ([scores, weights]) => weightedScore(scores, weights),
  examples: [
    { args: [[[8, 9, 7, 6, 9]], [[0.3, 0.2, 0.15, 0.2, 0.15]]], result: 7.8 },
    {
      args: [
        [
          [8, 6, 7],
          [9, 7, 8],
          [7, 8, 9],
          [6, 8, 7],
          [9, 7, 6],
        ],
        [[30], [20], [15], [20], [15]],
      ],
      result: [[7.8, 7.05, 7.35]],
    },
  ],
});

export const QUADRANT = defineFunction({
  id: 'QUADRANT',
  category: 'prioritisation',
  summary: {
    fr: 'Quadrant impact / effort : priorité immédiate, projet structurant, opportunité secondaire, à éviter',
    en: 'Impact / effort quadrant: quick win, major project, fill-in, avoid',
  },
  result: { kind: 'text', help: { fr: 'Libellé du quadrant', en: 'Quadrant label' } },
  params: [
    impact,
    effort,
    {
      name: 'threshold',
      type: 'number',
      min: 0,
      max: 10,
      optional: true,
      default: DEFAULT_THRESHOLD,
      help: {
        fr: 'Seuil : « élevé » veut dire strictement au-dessus (5 par défaut)',
        en: 'Threshold: "high" means strictly above it (default 5)',
      },
    },
    langParam,
  ],
  impl: ([i, e, threshold], lang) => QUADRANTS[quadrant(i, e, threshold)][lang],
  examples: [
    { args: [9, 3], result: 'Priorité immédiate', lang: 'fr' },
    { args: [9, 8, 5, 'en'], result: 'Major project' },
    { args: [3, 2, null, 'en'], result: 'Fill-in' },
    { args: [5, 9, 5, 'en'], result: 'Avoid' },
  ],
});
