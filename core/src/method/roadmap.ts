/** docs/method.md §13: the 30/60/90-day roadmap (one step a week), the milestones beyond, governance roles. */
import type { Text } from '../i18n';

export const ROADMAP_WEEKS: readonly Text[] = [
  {
    fr: 'Lister avec les équipes terrain les cinq processus les plus chronophages',
    en: 'List the five most time-consuming processes with the field teams',
  },
  {
    fr: 'Chiffrer chacun (temps × salaire + coûts indirects) et les classer par impact',
    en: 'Cost each one (time × wage + indirect costs) and rank them by impact',
  },
  {
    fr: 'Choisir celui qui offre le plus d’économies et formuler le problème',
    en: 'Pick the one with the largest savings and state the problem',
  },
  {
    fr: 'Présélectionner trois solutions spécifiques, obtenir démos et références',
    en: 'Shortlist three specific solutions, get demos and references',
  },
  {
    fr: 'Choisir un fournisseur, négocier un pilote de 1 à 3 mois aux objectifs précis',
    en: 'Choose a supplier, negotiate a 1–3-month pilot with precise goals',
  },
  {
    fr: 'Nettoyer et préparer les données, constituer un groupe d’utilisateurs pilotes',
    en: 'Clean and prepare the data, form a pilot user group',
  },
  {
    fr: 'Paramétrer, lancer, relever les mesures de référence',
    en: 'Configure, launch, record baseline metrics',
  },
  {
    fr: 'Mesurer les résultats intermédiaires, ajuster, recueillir les retours',
    en: 'Measure interim results, adjust, gather feedback',
  },
  {
    fr: 'Analyser ROI, délai de retour et impact qualitatif ; rendre compte au comité de pilotage',
    en: 'Analyse ROI, payback and qualitative impact; report to the steering committee',
  },
  {
    fr: 'Arrêter ou étendre, avec un plan d’extension',
    en: 'Stop or extend, with an extension plan',
  },
  {
    fr: 'Lancer l’extension, conditions définitives avec le fournisseur',
    en: 'Launch the extension, final terms with the supplier',
  },
  {
    fr: 'Rédiger les enseignements et les prochaines étapes',
    en: 'Write up lessons learnt and next steps',
  },
];

/** Beyond the 90 days: months after the start and what to do then. */
export const MILESTONES: readonly { months: number; label: Text }[] = [
  { months: 6, label: { fr: 'Consolider', en: 'Consolidate' } },
  { months: 9, label: { fr: 'Optimiser', en: 'Optimise' } },
  { months: 12, label: { fr: 'Accélérer', en: 'Accelerate' } },
];

export const GOVERNANCE_ROLES: readonly Text[] = [
  { fr: 'Sponsor de direction', en: 'Executive sponsor' },
  { fr: 'Comité de pilotage', en: 'Steering committee' },
  { fr: 'Chef de projet IA', en: 'AI project lead' },
  { fr: 'Experts données', en: 'Data experts' },
  { fr: 'Responsable conformité', en: 'Compliance officer' },
];
