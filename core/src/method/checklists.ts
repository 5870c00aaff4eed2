/** docs/method.md §13: the eight checklists. Each item is a yes/no; a checklist says GO only when all are yes. */
import type { Text } from '../i18n';

export interface Checklist {
  title: Text;
  items: readonly Text[];
}

export const CHECKLISTS: readonly Checklist[] = [
  {
    title: { fr: 'Diagnostic de maturité', en: 'Maturity diagnostic' },
    items: [
      { fr: 'Alignement stratégique du projet IA', en: 'The AI project is strategically aligned' },
      {
        fr: 'Inventaire des données et procédures de nettoyage',
        en: 'Data inventory and cleaning procedures',
      },
      {
        fr: 'Compétences analytiques internes ou partenaires',
        en: 'Internal analytics skills or partners',
      },
      {
        fr: 'Utilisateurs finaux impliqués et plan de formation',
        en: 'End users involved and a training plan',
      },
      {
        fr: 'Risques éthiques, de sécurité et juridiques identifiés ; responsable conformité IA nommé',
        en: 'Ethical, security and legal risks identified; an AI compliance owner named',
      },
    ],
  },
  {
    title: { fr: 'Préparation du pilote', en: 'Pilot readiness' },
    items: [
      { fr: 'Processus identifiés et documentés', en: 'Processes identified and documented' },
      {
        fr: 'Gains en temps, argent et qualité estimés',
        en: 'Time, money and quality gains estimated',
      },
      { fr: 'Budget maximal et ROI minimal fixés', en: 'Maximum budget and minimum ROI set' },
      {
        fr: 'Solution spécifique à un problème, sans refonte du SI',
        en: 'Solution specific to one problem, with no IS overhaul',
      },
      { fr: 'Utilisateurs finaux impliqués', en: 'End users involved' },
      { fr: 'Indicateurs de succès définis', en: 'Success indicators defined' },
      {
        fr: 'Pilote limité dans le temps (1 à 3 mois) et le périmètre (un service)',
        en: 'Pilot limited in time (1–3 months) and scope (one department)',
      },
    ],
  },
  {
    title: { fr: 'Préparation des données', en: 'Data readiness' },
    items: [
      { fr: 'Sources identifiées et documentées', en: 'Sources identified and documented' },
      { fr: 'Données sensibles classifiées', en: 'Sensitive data classified' },
      {
        fr: 'Extraction et nettoyage définis et automatisés',
        en: 'Extraction and cleaning defined and automated',
      },
      { fr: 'Un propriétaire par jeu de données', en: 'A data owner per dataset' },
      {
        fr: "Règles d'accès et de conservation conformes au RGPD et à l'AI Act",
        en: 'Access and retention rules aligned with GDPR and the AI Act',
      },
    ],
  },
  {
    title: { fr: 'Go / no go', en: 'Go / no-go' },
    items: [
      { fr: 'Problème défini et chiffré', en: 'Problem defined and quantified' },
      { fr: 'Données existantes et accessibles', en: 'Data exists and is accessible' },
      { fr: 'Équipes prêtes pour le pilote', en: 'Teams ready for the pilot' },
      { fr: 'Budget et ROI minimal validés', en: 'Budget and minimum ROI approved' },
      {
        fr: 'Fournisseur identifié et engagé sur un résultat',
        en: 'Supplier identified and committed to a result',
      },
      { fr: 'Obligations RGPD et AI Act couvertes', en: 'GDPR and AI Act obligations covered' },
    ],
  },
  {
    title: { fr: 'Conduite du changement', en: 'Change readiness' },
    items: [
      { fr: 'Communiquer tôt et souvent', en: 'Communicate early and often' },
      { fr: 'Des ambassadeurs internes', en: 'Internal champions' },
      { fr: 'Formation adaptée à chaque profil', en: 'Training per profile' },
      { fr: 'Accompagnement après le déploiement', en: 'Post-deployment support' },
      { fr: "Mesurer l'adoption et ajuster", en: 'Measure adoption and adjust' },
    ],
  },
  {
    title: { fr: 'Choix du fournisseur', en: 'Supplier selection' },
    items: [
      { fr: "Besoins définis d'abord", en: 'Requirements defined first' },
      {
        fr: 'Maturité du fournisseur (références, finances, feuille de route)',
        en: 'Supplier maturity (references, finances, roadmap)',
      },
      { fr: 'SLA contractuel et dates de livraison', en: 'Contractual SLA and delivery dates' },
      {
        fr: 'Conformité RGPD / AI Act et localisation des données',
        en: 'GDPR / AI Act compliance and data location',
      },
      { fr: 'Clause de réversibilité', en: 'Reversibility clause' },
    ],
  },
  {
    title: { fr: 'Négociation', en: 'Negotiation' },
    items: [
      { fr: 'Indicateurs de succès et pénalités', en: 'Success indicators and penalties' },
      {
        fr: 'Confidentialité et protection des données',
        en: 'Confidentiality and data protection',
      },
      {
        fr: 'Formation et transfert de compétences',
        en: 'Training and skills transfer',
      },
      { fr: 'Paiements échelonnés sur jalons', en: 'Staged payments on milestones' },
      { fr: 'Clause de sortie', en: 'Exit clause' },
    ],
  },
  {
    title: { fr: 'Lancement', en: 'Launch' },
    items: [
      { fr: 'Problème défini', en: 'Problem defined' },
      { fr: 'Données disponibles', en: 'Data available' },
      { fr: 'Budget validé', en: 'Budget approved' },
      { fr: 'Fournisseur identifié', en: 'Supplier identified' },
      { fr: 'Conformité couverte', en: 'Compliance covered' },
      { fr: 'KPI définis', en: 'KPIs defined' },
      { fr: 'Formation planifiée', en: 'Training planned' },
      { fr: 'Accompagnement après le déploiement', en: 'Post-deployment support' },
    ],
  },
];

/** The answers a checklist item takes. */
export const YES_NO: readonly Text[] = [
  { fr: 'Oui', en: 'Yes' },
  { fr: 'Non', en: 'No' },
];

export type Verdict = 'GO' | 'NO GO' | 'incomplete' | 'unanswered';

/**
 * A checklist's verdict (true = yes, false = no, null = not answered): GO only when every item is
 * yes; NO GO as soon as one is no; otherwise incomplete, or unanswered when nothing is answered.
 */
export function checklistVerdict(answers: readonly (boolean | null)[]): Verdict {
  if (answers.every((a) => a === null)) return 'unanswered';
  if (answers.some((a) => a === false)) return 'NO GO';
  return answers.every((a) => a === true) ? 'GO' : 'incomplete';
}
