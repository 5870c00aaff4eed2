/**
 * Who must do what, by category and by role: the provider builds the system (or puts its name on
 * it), the deployer uses it under its authority — most SMEs (docs/ai-act.md).
 */
import type { Text } from '../../i18n';
import type { AiActCategory } from './categories';

export type AiActRole = 'provider' | 'deployer';
export const AI_ACT_ROLES: readonly AiActRole[] = ['provider', 'deployer'];

export const ROLE_LABELS: Readonly<Record<AiActRole, Text>> = {
  provider: { fr: 'Fournisseur', en: 'Provider' },
  deployer: { fr: 'Déployeur', en: 'Deployer' },
};

const LITERACY: Text = { fr: 'maîtrise de l’IA (art. 4)', en: 'AI literacy (Art. 4)' };

export const AI_ACT_DUTIES: Readonly<Record<AiActCategory, Record<AiActRole, readonly Text[]>>> = {
  unacceptable: {
    provider: [
      {
        fr: 'Interdit : ne pas mettre sur le marché ; arrêter ou revoir le projet (art. 5)',
        en: 'Prohibited: do not place on the market; stop or redesign the project (Art. 5)',
      },
    ],
    deployer: [
      {
        fr: 'Interdit : ne pas utiliser ; arrêter ou revoir le projet (art. 5)',
        en: 'Prohibited: do not use; stop or redesign the project (Art. 5)',
      },
    ],
  },
  high: {
    provider: [
      { fr: 'gestion de la qualité (art. 17)', en: 'quality management (Art. 17)' },
      { fr: 'gestion des risques (art. 9)', en: 'risk management (Art. 9)' },
      { fr: 'gouvernance des données (art. 10)', en: 'data governance (Art. 10)' },
      { fr: 'documentation technique (art. 11)', en: 'technical documentation (Art. 11)' },
      { fr: 'journalisation (art. 12)', en: 'logging (Art. 12)' },
      {
        fr: 'transparence envers les déployeurs (art. 13)',
        en: 'transparency to deployers (Art. 13)',
      },
      { fr: 'conception du contrôle humain (art. 14)', en: 'human-oversight design (Art. 14)' },
      { fr: 'exactitude et robustesse (art. 15)', en: 'accuracy and robustness (Art. 15)' },
      { fr: 'évaluation de conformité (art. 43)', en: 'conformity assessment (Art. 43)' },
      { fr: 'marquage CE (art. 48)', en: 'CE marking (Art. 48)' },
      {
        fr: 'enregistrement dans la base de l’UE (art. 49)',
        en: 'EU database registration (Art. 49)',
      },
      {
        fr: 'surveillance après commercialisation (art. 72)',
        en: 'post-market monitoring (Art. 72)',
      },
      LITERACY,
    ],
    deployer: [
      { fr: 'usage conforme aux instructions', en: 'use per the instructions' },
      {
        fr: 'contrôle humain par des personnes formées',
        en: 'human oversight by trained people',
      },
      { fr: 'données d’entrée pertinentes', en: 'relevant input data' },
      {
        fr: 'surveillance et signalement des incidents',
        en: 'monitoring and incident reporting',
      },
      { fr: 'journaux conservés ≥ 6 mois', en: 'logs kept ≥ 6 months' },
      {
        fr: 'informer les personnes visées par les décisions (art. 26)',
        en: 'inform people subject to decisions (Art. 26)',
      },
      LITERACY,
    ],
  },
  limited: {
    provider: [
      {
        fr: 'dire aux personnes qu’elles échangent avec une IA (art. 50(1))',
        en: 'tell people they deal with an AI (Art. 50(1))',
      },
      {
        fr: 'marquer les contenus générés (art. 50(2))',
        en: 'mark generated content (Art. 50(2))',
      },
      LITERACY,
    ],
    deployer: [
      {
        fr: 'informer les personnes exposées à la reconnaissance des émotions (art. 50(3))',
        en: 'inform people exposed to emotion recognition (Art. 50(3))',
      },
      {
        fr: 'signaler les hypertrucages (art. 50(4))',
        en: 'disclose deep fakes (Art. 50(4))',
      },
      {
        fr: 'afficher l’avis « vous échangez avec une IA » du fournisseur',
        en: 'show the provider’s "you are dealing with an AI" notice',
      },
      LITERACY,
    ],
  },
  minimal: {
    provider: [LITERACY],
    deployer: [LITERACY],
  },
};

/** A provider relying on Art. 6(3) documents why its Annex III system is not high risk. */
export const EXEMPT_PROVIDER_DUTY: Text = {
  fr: 'documenter l’évaluation art. 6(3) et l’enregistrer (art. 6(4), 49(2))',
  en: 'document the Art. 6(3) assessment and register it (Art. 6(4), 49(2))',
};

/** The duties of one category and role as one line of text. */
export function dutiesText(category: AiActCategory, role: AiActRole, lang: 'fr' | 'en'): string {
  const line = AI_ACT_DUTIES[category][role].map((d) => d[lang]).join('; ');
  return line.charAt(0).toUpperCase() + line.slice(1);
}
