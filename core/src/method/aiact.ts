/** docs/method.md §7: EU AI Act screening. Fines follow the regulation (Art. 99), not the sources' 4 %. */
import type { Text } from '../i18n';

export type AiActCategory = 'unacceptable' | 'high' | 'limited' | 'minimal';

export const AI_ACT_CATEGORIES: Readonly<
  Record<AiActCategory, { label: Text; consequence: Text }>
> = {
  unacceptable: {
    label: { fr: 'Inacceptable', en: 'Unacceptable' },
    consequence: { fr: 'Interdit', en: 'Prohibited' },
  },
  high: {
    label: { fr: 'Élevé', en: 'High' },
    consequence: {
      fr: 'Évaluation de conformité, gestion de la qualité des données, documentation détaillée, surveillance après déploiement, contrôle humain permanent',
      en: 'Conformity assessment, data-quality management, detailed documentation, post-deployment monitoring, permanent human oversight',
    },
  },
  limited: {
    label: { fr: 'Limité', en: 'Limited' },
    consequence: {
      fr: "Informer les utilisateurs qu'ils échangent avec une machine et leur permettre de joindre un humain",
      en: 'Tell users they deal with a machine and let them reach a human',
    },
  },
  minimal: {
    label: { fr: 'Minimal', en: 'Minimal' },
    consequence: {
      fr: 'Aucune obligation spécifique ; bonnes pratiques conseillées',
      en: 'No specific obligation; good practice advised',
    },
  },
};

export const AI_ACT_DOMAINS = {
  'social-scoring': {
    category: 'unacceptable',
    label: {
      fr: 'Notation sociale par les autorités publiques',
      en: 'Social scoring by public authorities',
    },
  },
  manipulation: {
    category: 'unacceptable',
    label: { fr: 'Manipulation comportementale', en: 'Behavioural manipulation' },
  },
  'biometric-realtime': {
    category: 'unacceptable',
    label: {
      fr: 'Identification biométrique à distance en temps réel',
      en: 'Real-time remote biometric identification',
    },
  },
  recruitment: {
    category: 'high',
    label: { fr: 'Emploi et recrutement', en: 'Employment and recruitment' },
  },
  education: { category: 'high', label: { fr: 'Éducation', en: 'Education' } },
  health: { category: 'high', label: { fr: 'Santé', en: 'Health' } },
  justice: { category: 'high', label: { fr: 'Justice', en: 'Justice' } },
  credit: { category: 'high', label: { fr: 'Finance et crédit', en: 'Finance and credit' } },
  insurance: { category: 'high', label: { fr: 'Assurance', en: 'Insurance' } },
  'critical-infrastructure': {
    category: 'high',
    label: { fr: 'Infrastructures critiques', en: 'Critical infrastructure' },
  },
  'law-enforcement': {
    category: 'high',
    label: { fr: 'Forces de l’ordre', en: 'Law enforcement' },
  },
  migration: {
    category: 'high',
    label: { fr: 'Migration et contrôle des frontières', en: 'Migration and border control' },
  },
  chatbot: { category: 'limited', label: { fr: 'Chatbot', en: 'Chatbot' } },
  'content-generation': {
    category: 'limited',
    label: { fr: 'Génération de contenu', en: 'Content generation' },
  },
  'emotion-recognition': {
    category: 'limited',
    label: { fr: 'Reconnaissance des émotions', en: 'Emotion recognition' },
  },
  'spam-filter': { category: 'minimal', label: { fr: 'Filtre anti-spam', en: 'Spam filter' } },
  recommendation: {
    category: 'minimal',
    label: { fr: 'Recommandation simple', en: 'Simple recommendation' },
  },
  other: { category: 'minimal', label: { fr: 'Autre', en: 'Other' } },
} as const satisfies Record<string, { category: AiActCategory; label: Text }>;

export type AiActDomain = keyof typeof AI_ACT_DOMAINS;
export const AI_ACT_DOMAIN_CODES = Object.keys(AI_ACT_DOMAINS) as AiActDomain[];

/** French spellings a user may type for a domain code (matched without case or accents). */
export const AI_ACT_DOMAIN_ALIASES: Readonly<Record<string, AiActDomain>> = {
  'notation-sociale': 'social-scoring',
  recrutement: 'recruitment',
  emploi: 'recruitment',
  sante: 'health',
  finance: 'credit',
  assurance: 'insurance',
  'infrastructure-critique': 'critical-infrastructure',
  'forces-de-l-ordre': 'law-enforcement',
  'generation-de-contenu': 'content-generation',
  'reconnaissance-des-emotions': 'emotion-recognition',
  'filtre-anti-spam': 'spam-filter',
  recommandation: 'recommendation',
  autre: 'other',
};

export const aiActCategory = (domain: AiActDomain): AiActCategory =>
  AI_ACT_DOMAINS[domain].category;

export const AI_ACT_OBLIGATIONS: readonly { name: Text; action: Text }[] = [
  {
    name: { fr: 'Transparence', en: 'Transparency' },
    action: { fr: "Dire où l'IA est utilisée et pourquoi", en: 'Say where AI is used and why' },
  },
  {
    name: { fr: 'Documentation', en: 'Documentation' },
    action: {
      fr: 'Journaliser les décisions, tracer les données et les modèles',
      en: 'Log decisions, trace data and models',
    },
  },
  {
    name: { fr: 'Contrôle humain', en: 'Human oversight' },
    action: {
      fr: 'Définir les points de décision humaine, valider les résultats',
      en: 'Define human decision points, validate outputs',
    },
  },
  {
    name: { fr: 'Gestion des risques', en: 'Risk management' },
    action: { fr: "Audits et plans d'atténuation", en: 'Audits and mitigation plans' },
  },
];

/** Art. 99 ceilings: the higher of a fixed amount and a share of worldwide annual turnover. */
export const AI_ACT_FINES: readonly { breach: Text; amountEur: number; turnoverShare: number }[] = [
  {
    breach: { fr: 'Pratiques interdites', en: 'Prohibited practices' },
    amountEur: 35_000_000,
    turnoverShare: 0.07,
  },
  {
    breach: { fr: 'Autres obligations', en: 'Other obligations' },
    amountEur: 15_000_000,
    turnoverShare: 0.03,
  },
  {
    breach: { fr: 'Informations inexactes', en: 'Incorrect information' },
    amountEur: 7_500_000,
    turnoverShare: 0.01,
  },
];
