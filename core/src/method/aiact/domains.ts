/**
 * The domain codes AI.AIACT and AI.AIACTDATE take: each with its category, legal basis and the
 * milestone from which its obligations apply. Built from the practice and annex tables, so a
 * change of the law is made there once. The first release's codes are all still here.
 */
import type { Text } from '../../i18n';
import { ownLookup } from '../../lookup';
import {
  ANNEX_I,
  ANNEX_III,
  annexIIIBasis,
  ART_4_LITERACY,
  ART_50,
  type Art50Case,
} from './annexes';
import type { AiActCategory } from './categories';
import type { MilestoneId } from './dates';
import { PROHIBITED_PRACTICES, practiceBasis } from './practices';

export interface AiActDomainInfo {
  category: AiActCategory;
  label: Text;
  /** "Art. 5(1)(f)", "Annex III 4(a)", "Art. 50(1)", "Art. 4". */
  basis: Text;
  milestone: MilestoneId;
}

/** A citation that reads the same in both languages. */
const same = (s: string): Text => ({ fr: s, en: s });

const annexIII = (point: string): AiActDomainInfo => {
  const p = ANNEX_III.find((x) => x.point === point);
  if (!p) throw new Error(`No Annex III point ${point}`);
  return {
    category: 'high',
    label: p.label,
    basis: annexIIIBasis(p.point),
    milestone: 'annex-iii',
  };
};

const annexI = (label: Text): AiActDomainInfo => ({
  category: 'high',
  label,
  basis: ANNEX_I.basis,
  milestone: 'annex-i',
});

const art50 = (c: Art50Case, label: Text): AiActDomainInfo => ({
  category: 'limited',
  label,
  basis: same(ART_50[c].basis),
  milestone: 'transparency',
});

const minimal = (label: Text): AiActDomainInfo => ({
  category: 'minimal',
  label,
  basis: same(ART_4_LITERACY.basis),
  milestone: 'literacy-prohibitions',
});

const prohibited: Record<string, AiActDomainInfo> = Object.fromEntries(
  PROHIBITED_PRACTICES.map((p) => [
    p.code,
    {
      category: 'unacceptable',
      label: p.label,
      basis: same(practiceBasis(p)),
      milestone: p.milestone,
    },
  ])
);

export const AI_ACT_DOMAINS: Readonly<Record<string, AiActDomainInfo>> = {
  ...prohibited,
  'biometric-identification': annexIII('1(a)'),
  'biometric-categorisation': annexIII('1(b)'),
  'emotion-recognition': annexIII('1(c)'),
  'critical-infrastructure': annexIII('2'),
  education: {
    category: 'high',
    label: { fr: 'Éducation et formation', en: 'Education and training' },
    basis: annexIIIBasis('3'),
    milestone: 'annex-iii',
  },
  recruitment: annexIII('4(a)'),
  'workforce-management': annexIII('4(b)'),
  'public-benefits': annexIII('5(a)'),
  credit: annexIII('5(b)'),
  insurance: annexIII('5(c)'),
  'emergency-triage': annexIII('5(d)'),
  'law-enforcement': annexIII('6'),
  migration: annexIII('7'),
  justice: annexIII('8(a)'),
  elections: annexIII('8(b)'),
  health: annexI({ fr: 'IA dans un dispositif médical', en: 'AI in a medical device' }),
  'product-safety': annexI({
    fr: 'IA dans un produit réglementé (machines, jouets, véhicules…)',
    en: 'AI in a regulated product (machinery, toys, vehicles…)',
  }),
  chatbot: art50('interacts', { fr: 'Chatbot', en: 'Chatbot' }),
  'content-generation': art50('generates', {
    fr: 'Génération de contenu',
    en: 'Content generation',
  }),
  deepfake: art50('deepfake', { fr: 'Hypertrucage', en: 'Deep fake' }),
  'spam-filter': minimal({ fr: 'Filtre anti-spam', en: 'Spam filter' }),
  recommendation: minimal({ fr: 'Recommandation simple', en: 'Simple recommendation' }),
  other: minimal({ fr: 'Autre', en: 'Other' }),
};

export type AiActDomain = string;
export const AI_ACT_DOMAIN_CODES: readonly string[] = Object.keys(AI_ACT_DOMAINS);

/**
 * French spellings a user may type for a domain code (matched without case or accents); read
 * through ownLookup (by toCode), so that "constructor" or "toString" never match.
 */
export const AI_ACT_DOMAIN_ALIASES: Readonly<Record<string, string>> = Object.freeze({
  'notation-sociale': 'social-scoring',
  recrutement: 'recruitment',
  emploi: 'recruitment',
  'gestion-du-personnel': 'workforce-management',
  sante: 'health',
  finance: 'credit',
  assurance: 'insurance',
  'infrastructure-critique': 'critical-infrastructure',
  'forces-de-l-ordre': 'law-enforcement',
  'generation-de-contenu': 'content-generation',
  hypertrucage: 'deepfake',
  'reconnaissance-des-emotions': 'emotion-recognition',
  'emotions-au-travail': 'emotion-workplace',
  'filtre-anti-spam': 'spam-filter',
  recommandation: 'recommendation',
  autre: 'other',
});

/** The entry of a known code (from toCode); undefined for anything else, prototype keys included. */
export const domainInfo = (code: string): AiActDomainInfo | undefined =>
  ownLookup(AI_ACT_DOMAINS, code);

export function aiActCategory(code: string): AiActCategory {
  const d = domainInfo(code);
  if (!d) throw new Error(`Unknown AI Act domain ${code}`);
  return d.category;
}
