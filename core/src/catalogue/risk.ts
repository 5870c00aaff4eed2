/** Risk and compliance: the 3 × 3 risk matrix and AI Act screening (docs/method.md §5, §7). */
import {
  AI_ACT_CATEGORIES,
  AI_ACT_DOMAIN_ALIASES,
  AI_ACT_DOMAIN_CODES,
  aiActCategory,
  domainInfo,
  milestoneSerial,
} from '../method/aiact';
import { RESPONSES, riskCell, riskResponse } from '../method/risk';
import { langParam, levelParam } from './params';
import { defineFunction, type ParamSpec } from './types';

const impact = levelParam('impact', 'Impact', 'Impact');
const probability = levelParam('probability', 'Probabilité', 'Probability');

export const RISKCELL = defineFunction({
  id: 'RISKCELL',
  category: 'risk',
  summary: {
    fr: 'Case de la matrice des risques : lettre de l’impact (A–C) + chiffre de la probabilité (1–3)',
    en: 'Risk matrix cell: impact letter (A–C) + probability digit (1–3)',
  },
  result: { kind: 'text', help: { fr: 'Case, de "A1" à "C3"', en: 'Cell, "A1" to "C3"' } },
  params: [impact, probability],
  impl: ([i, p]) => riskCell(i, p),
  examples: [
    { args: [3, 2], result: 'C2' },
    { args: ['faible', 'élevé'], result: 'A3' },
    { args: ['Medium', 'low'], result: 'B1' },
  ],
});

export const RISKRESPONSE = defineFunction({
  id: 'RISKRESPONSE',
  category: 'risk',
  summary: {
    fr: 'Réponse au risque selon l’impact : accepter (A), atténuer (B), transférer (C)',
    en: 'Risk response by impact: accept (A), mitigate (B), transfer (C)',
  },
  result: { kind: 'text', help: { fr: 'Libellé de la réponse', en: 'Response label' } },
  params: [impact, probability, langParam],
  impl: ([i], lang) => RESPONSES[riskResponse(i)].label[lang],
  examples: [
    { args: [1, 3, 'en'], result: 'Accept' },
    { args: ['moyen', 'faible', 'fr'], result: 'Atténuer' },
    { args: ['high', 'high', 'en'], result: 'Transfer' },
  ],
});

const domain = {
  name: 'domain',
  type: 'code',
  codes: AI_ACT_DOMAIN_CODES,
  aliases: AI_ACT_DOMAIN_ALIASES,
  help: {
    fr: `Code du domaine d’usage : ${AI_ACT_DOMAIN_CODES.join(', ')}`,
    en: `Use domain code: ${AI_ACT_DOMAIN_CODES.join(', ')}`,
  },
} as const satisfies ParamSpec;

export const AIACT = defineFunction({
  id: 'AIACT',
  category: 'risk',
  summary: {
    fr: 'Catégorie AI Act d’un domaine d’usage, tel que modifié en 2026 : inacceptable, élevé, limité, minimal',
    en: 'AI Act category of a use domain, as amended in 2026: unacceptable, high, limited, minimal',
  },
  result: { kind: 'text', help: { fr: 'Libellé de la catégorie', en: 'Category label' } },
  params: [domain, langParam],
  impl: ([d], lang) => AI_ACT_CATEGORIES[aiActCategory(d)].label[lang],
  examples: [
    { args: ['recruitment', 'en'], result: 'High' },
    { args: ['chatbot', 'fr'], result: 'Limité' },
    { args: ['emotion-workplace', 'en'], result: 'Unacceptable' },
    { args: ['emotion-recognition', 'en'], result: 'High' },
    { args: ['health', 'fr'], result: 'Élevé' },
    { args: ['spam-filter', 'fr'], result: 'Minimal' },
  ],
});

export const AIACTDATE = defineFunction({
  id: 'AIACTDATE',
  category: 'risk',
  summary: {
    fr: 'Date à partir de laquelle s’appliquent les obligations AI Act d’un domaine, telle que modifiée en 2026',
    en: 'Date from which the AI Act obligations of a domain apply, as amended in 2026',
  },
  result: {
    kind: 'date',
    help: {
      fr: 'Date (numéro de série, à afficher au format date)',
      en: 'Date (a serial number, shown with a date format)',
    },
  },
  params: [domain],
  impl: ([d]) => milestoneSerial(domainInfo(d)!.milestone),
  examples: [
    { args: ['recruitment'], result: 46723 },
    { args: ['chatbot'], result: 46236 },
    { args: ['emotion-workplace'], result: 45690 },
    { args: ['sexual-deepfakes'], result: 46358 },
    { args: ['product-safety'], result: 46967 },
  ],
});
