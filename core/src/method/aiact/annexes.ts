/**
 * What makes a system high risk or subject to transparency: Annex III areas and points, Annex I,
 * the Art. 6(3) exemption and its profiling override, the Art. 50 cases and Art. 4 literacy.
 */
import type { Text } from '../../i18n';

export interface AnnexIIIPoint {
  /** "4(a)", or "2" for an area the product does not split into points. */
  point: string;
  area: Text;
  label: Text;
  /** A deployer duty this point adds to the general ones (Art. 26(7), Art. 27). */
  deployerExtra?: Text;
}

const BIOMETRICS: Text = { fr: 'Biométrie', en: 'Biometrics' };
const EDUCATION: Text = { fr: 'Éducation', en: 'Education' };
const EMPLOYMENT: Text = { fr: 'Emploi', en: 'Employment' };
const SERVICES: Text = { fr: 'Services essentiels', en: 'Essential services' };
const JUSTICE: Text = { fr: 'Justice et démocratie', en: 'Justice and democracy' };
const WORKERS: Text = {
  fr: 'informer les représentants du personnel avant l’usage (art. 26(7))',
  en: "inform workers' representatives before use (Art. 26(7))",
};
const FRIA: Text = {
  fr: 'analyse d’impact sur les droits fondamentaux (art. 27)',
  en: 'fundamental-rights impact assessment (Art. 27)',
};

export const ANNEX_III: readonly AnnexIIIPoint[] = [
  {
    point: '1(a)',
    area: BIOMETRICS,
    label: { fr: 'Identification biométrique à distance', en: 'Remote biometric identification' },
  },
  {
    point: '1(b)',
    area: BIOMETRICS,
    label: { fr: 'Catégorisation biométrique', en: 'Biometric categorisation' },
  },
  {
    point: '1(c)',
    area: BIOMETRICS,
    label: { fr: 'Reconnaissance des émotions', en: 'Emotion recognition' },
  },
  {
    point: '2',
    area: { fr: 'Infrastructures critiques', en: 'Critical infrastructure' },
    label: {
      fr: 'Composant de sécurité d’une infrastructure critique',
      en: 'Safety component of critical infrastructure',
    },
  },
  {
    point: '3(a)',
    area: EDUCATION,
    label: { fr: 'Admission, affectation', en: 'Admission and access' },
  },
  {
    point: '3(b)',
    area: EDUCATION,
    label: { fr: 'Évaluation des acquis', en: 'Evaluating learning outcomes' },
  },
  {
    point: '3(c)',
    area: EDUCATION,
    label: { fr: 'Niveau d’enseignement approprié', en: 'Appropriate level of education' },
  },
  {
    point: '3(d)',
    area: EDUCATION,
    label: { fr: 'Surveillance des examens', en: 'Exam proctoring' },
  },
  {
    point: '4(a)',
    area: EMPLOYMENT,
    label: { fr: 'Recrutement et sélection', en: 'Recruitment and selection' },
    deployerExtra: WORKERS,
  },
  {
    point: '4(b)',
    area: EMPLOYMENT,
    label: {
      fr: 'Décisions sur le travail : conditions, promotion, fin, tâches, suivi',
      en: 'Work decisions: terms, promotion, termination, tasks, monitoring',
    },
    deployerExtra: WORKERS,
  },
  {
    point: '5(a)',
    area: SERVICES,
    label: { fr: 'Droit aux prestations publiques', en: 'Public benefits eligibility' },
    deployerExtra: FRIA,
  },
  {
    point: '5(b)',
    area: SERVICES,
    label: {
      fr: 'Solvabilité et score de crédit (pas la détection de fraude)',
      en: 'Creditworthiness and credit scoring (not fraud detection)',
    },
    deployerExtra: FRIA,
  },
  {
    point: '5(c)',
    area: SERVICES,
    label: {
      fr: 'Tarification de l’assurance vie et santé',
      en: 'Life and health insurance pricing',
    },
    deployerExtra: FRIA,
  },
  {
    point: '5(d)',
    area: SERVICES,
    label: { fr: 'Appels d’urgence et triage', en: 'Emergency calls and triage' },
  },
  {
    point: '6',
    area: { fr: 'Forces de l’ordre', en: 'Law enforcement' },
    label: { fr: 'Usages des forces de l’ordre', en: 'Law-enforcement uses' },
  },
  {
    point: '7',
    area: { fr: 'Migration', en: 'Migration' },
    label: { fr: 'Migration, asile, frontières', en: 'Migration, asylum, border control' },
  },
  {
    point: '8(a)',
    area: JUSTICE,
    label: { fr: 'Aide à la décision de justice', en: 'Assisting judicial decisions' },
  },
  {
    point: '8(b)',
    area: JUSTICE,
    label: {
      fr: 'Influencer une élection ou un vote',
      en: 'Influencing an election or a vote',
    },
  },
];

export const annexIIIBasis = (point: string): Text => ({
  fr: `Annexe III ${point}`,
  en: `Annex III ${point}`,
});

export const ANNEX_I = {
  basis: { fr: 'Art. 6(1), annexe I', en: 'Art. 6(1), Annex I' } as Text,
  label: {
    fr: 'IA qui est un produit, ou son composant de sécurité, soumis au droit de l’UE sur la sécurité avec évaluation par un tiers (dispositifs médicaux, machines, jouets, véhicules…)',
    en: 'AI that is, or is a safety component of, a product under EU safety law needing third-party conformity assessment (medical devices, machinery, toys, vehicles…)',
  },
} as const;

/** Art. 6(3): an Annex III system is not high risk when it only does one of these… */
export const ART_6_3_CONDITIONS: readonly Text[] = [
  { fr: '(a) une tâche procédurale étroite', en: '(a) a narrow procedural task' },
  {
    fr: '(b) améliorer le résultat d’une activité humaine déjà achevée',
    en: '(b) improving the result of a completed human activity',
  },
  {
    fr: '(c) détecter des tendances sans remplacer le jugement humain',
    en: '(c) detecting patterns without replacing human judgement',
  },
  { fr: '(d) une tâche préparatoire', en: '(d) a preparatory task' },
];

/** …never when it profiles people; the provider documents and registers the assessment. */
export const ART_6_3_OVERRIDE: Text = {
  fr: 'Jamais quand le système établit un profil des personnes ; le fournisseur documente cette évaluation et l’enregistre (art. 6(4), 49(2)).',
  en: 'Never when the system profiles people; the provider documents that assessment and registers it (Art. 6(4), 49(2)).',
};

export type Art50Case = 'interacts' | 'generates' | 'emotion' | 'deepfake';

/** Art. 50 transparency cases, in the regulation's order, with who must act. */
export const ART_50: Readonly<Record<Art50Case, { basis: string; label: Text; duty: Text }>> = {
  interacts: {
    basis: 'Art. 50(1)',
    label: { fr: 'Interagit avec des personnes', en: 'Interacts with people' },
    duty: {
      fr: 'Les personnes savent qu’elles échangent avec une IA (fournisseur)',
      en: 'People know they deal with an AI (provider)',
    },
  },
  generates: {
    basis: 'Art. 50(2)',
    label: { fr: 'Génère du contenu', en: 'Generates content' },
    duty: {
      fr: 'Contenus générés marqués de façon lisible par machine (fournisseur)',
      en: 'Generated content marked in a machine-readable way (provider)',
    },
  },
  emotion: {
    basis: 'Art. 50(3)',
    label: {
      fr: 'Reconnaissance des émotions ou catégorisation biométrique',
      en: 'Emotion recognition or biometric categorisation',
    },
    duty: {
      fr: 'Informer les personnes exposées (déployeur)',
      en: 'Inform the people exposed (deployer)',
    },
  },
  deepfake: {
    basis: 'Art. 50(4)',
    label: { fr: 'Hypertrucage (deep fake)', en: 'Deep fake' },
    duty: {
      fr: 'Signaler que le contenu est artificiel (déployeur)',
      en: 'Disclose that the content is artificial (deployer)',
    },
  },
};

export const ART_4_LITERACY = {
  basis: 'Art. 4',
  label: {
    fr: 'Maîtrise de l’IA : former le personnel qui utilise ou conçoit l’IA',
    en: 'AI literacy: train the staff who use or build the AI',
  },
} as const;
