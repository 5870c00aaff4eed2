/** The words of the pilot-tracking sheet, French and English. */
import type { Text } from '../i18n';

export const VERDICTS = {
  extend: { fr: 'Étendre', en: 'Extend' },
  adjust: { fr: 'Ajuster', en: 'Adjust' },
  stop: { fr: 'Arrêter', en: 'Stop' },
} as const satisfies Record<string, Text>;

/** KPI types the results sum: hours per week and errors; others are tracked only. */
export const KPI_TYPES = {
  hours: { fr: 'Heures/semaine', en: 'Hours/week' },
  errors: { fr: 'Erreurs', en: 'Errors' },
  other: { fr: 'Autre', en: 'Other' },
} as const satisfies Record<string, Text>;

export const P = {
  howTo: {
    fr: 'Cellules jaunes : coût du pilote, économies prévues au business case, seuils ; puis chaque KPI avec sa base (avant) et ses mesures mensuelles. La capacité libérée ne compte que pour la part réaffectée ; les économies en trésorerie sont à part.',
    en: 'Yellow cells: pilot cost, savings planned in the business case, thresholds; then each KPI with its baseline (before) and monthly actuals. Freed capacity counts only for the redeployed share; cash savings are kept apart.',
  },
  pilot: { fr: 'Pilote et seuils', en: 'Pilot and thresholds' },
  cost: { fr: 'Coût du pilote (€)', en: 'Pilot cost (€)' },
  planned: {
    fr: 'Économies annuelles prévues (business case, €)',
    en: 'Planned annual savings (business case, €)',
  },
  hourly: { fr: 'Coût horaire moyen chargé (€)', en: 'Average loaded hourly cost (€)' },
  weeks: { fr: 'Semaines travaillées par an', en: 'Working weeks per year' },
  redeployed: { fr: 'Part de la capacité réaffectée', en: 'Share of freed capacity redeployed' },
  cash: {
    fr: 'Économies en trésorerie (erreurs évitées, lignes de coût supprimées, €/an)',
    en: 'Cash savings (avoided error costs, cost lines cut, €/year)',
  },
  minRoi: { fr: 'ROI minimum pour étendre', en: 'Minimum ROI to extend' },
  stop: { fr: 'Arrêter sous ce ROI', en: 'Stop below this ROI' },
  results: { fr: 'Résultats du pilote', en: 'Pilot results' },
  hoursBefore: { fr: 'Heures par semaine avant', en: 'Hours per week before' },
  hoursAfter: {
    fr: 'Heures par semaine après (dernière mesure)',
    en: 'Hours per week after (latest actual)',
  },
  hoursSaved: { fr: 'Heures gagnées par semaine', en: 'Hours saved per week' },
  errorsBefore: { fr: 'Erreurs avant', en: 'Errors before' },
  errorsAfter: { fr: 'Erreurs après (dernière mesure)', en: 'Errors after (latest actual)' },
  errorReduction: { fr: 'Réduction des erreurs', en: 'Error reduction' },
  capacity: { fr: 'Capacité libérée (h/an)', en: 'Freed capacity (h/year)' },
  capacityValue: {
    fr: 'Valeur de la capacité libérée (€/an)',
    en: 'Value of freed capacity (€/year)',
  },
  capacityCounted: {
    fr: 'Bénéfice de capacité retenu (part réaffectée, €/an)',
    en: 'Capacity benefit counted (redeployed share, €/year)',
  },
  cashBenefit: { fr: 'Bénéfice en trésorerie (€/an)', en: 'Cash benefit (€/year)' },
  realised: { fr: 'Économies annuelles réalisées (€)', en: 'Realised annual savings (€)' },
  roi: { fr: 'ROI réalisé', en: 'Realised ROI' },
  realisation: { fr: 'Réalisation / prévu', en: 'Realisation vs plan' },
  verdict: { fr: 'Décision', en: 'Decision' },
  kpis: { fr: 'KPI : base et mesures mensuelles', en: 'KPIs: baseline and monthly actuals' },
  kpi: { fr: 'KPI', en: 'KPI' },
  type: { fr: 'Type', en: 'Type' },
  unit: { fr: 'Unité', en: 'Unit' },
  baseline: { fr: 'Base (avant)', en: 'Baseline (before)' },
  latest: { fr: 'Dernière mesure', en: 'Latest actual' },
  change: { fr: 'Variation', en: 'Change' },
  changePct: { fr: 'Variation %', en: 'Change %' },
  check: { fr: 'Contrôle', en: 'Check' },
  counted: { fr: 'Compté', en: 'Counted' },
  notNumber: {
    fr: 'Une valeur n’est pas un nombre : ligne ignorée',
    en: 'A value is not a number: row left out',
  },
  noBaseline: { fr: 'Base manquante : ligne ignorée', en: 'Baseline missing: row left out' },
  chart: { fr: 'KPI : base et dernière mesure', en: 'KPIs: baseline and latest actual' },
  exampleHours: { fr: 'Temps passé sur le processus', en: 'Time spent on the process' },
  exampleErrors: { fr: 'Erreurs par mois', en: 'Errors per month' },
  exampleNps: { fr: 'NPS des utilisateurs', en: 'User NPS' },
  unitHours: { fr: 'h/semaine', en: 'h/week' },
  unitErrors: { fr: 'erreurs/mois', en: 'errors/month' },
  unitNps: { fr: 'points', en: 'points' },
} as const satisfies Record<string, Text>;
