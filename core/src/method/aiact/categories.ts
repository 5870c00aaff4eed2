/** The AI Act's four categories and the method's four obligations with their actions (docs/ai-act.md). */
import type { Text } from '../../i18n';

export type AiActCategory = 'unacceptable' | 'high' | 'limited' | 'minimal';

export const AI_ACT_CATEGORIES: Readonly<
  Record<AiActCategory, { label: Text; consequence: Text }>
> = {
  unacceptable: {
    label: { fr: 'Inacceptable', en: 'Unacceptable' },
    consequence: { fr: 'Interdit (art. 5)', en: 'Prohibited (Art. 5)' },
  },
  high: {
    label: { fr: 'Élevé', en: 'High' },
    consequence: {
      fr: 'Évaluation de conformité, qualité des données, documentation, surveillance après déploiement, contrôle humain (annexes I et III)',
      en: 'Conformity assessment, data quality, documentation, post-deployment monitoring, human oversight (Annexes I and III)',
    },
  },
  limited: {
    label: { fr: 'Limité', en: 'Limited' },
    consequence: {
      fr: "Informer les personnes qu'elles échangent avec une machine ou voient un contenu généré (art. 50)",
      en: 'Tell people they deal with a machine or see generated content (Art. 50)',
    },
  },
  minimal: {
    label: { fr: 'Minimal', en: 'Minimal' },
    consequence: {
      fr: "Maîtrise de l'IA seulement (art. 4) ; bonnes pratiques conseillées",
      en: 'AI literacy only (Art. 4); good practice advised',
    },
  },
};

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
