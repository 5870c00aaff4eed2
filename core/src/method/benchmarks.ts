/** docs/method.md §12: use-case benchmarks (budget in €, expected first-year ROI as fractions). */
import type { Text } from '../i18n';
import type { SizeClass } from './budget';

export interface Benchmark {
  size: SizeClass;
  label: Text;
  budget_min: number;
  budget_max: number;
  roi_min: number;
  roi_max: number;
  /** Freed hours per year, where the sources give them. */
  hoursFreed?: number;
}

export const BENCHMARKS = {
  chatbot: {
    size: 'micro',
    label: { fr: 'Chatbot client', en: 'Customer chatbot' },
    budget_min: 2000,
    budget_max: 5000,
    roi_min: 2,
    roi_max: 5,
    hoursFreed: 416,
  },
  accounting: {
    size: 'micro',
    label: { fr: 'Automatisation comptable', en: 'Accounting automation' },
    budget_min: 3000,
    budget_max: 7000,
    roi_min: 1.5,
    roi_max: 3,
  },
  scheduling: {
    size: 'micro',
    label: { fr: 'Assistant de planification', en: 'Scheduling assistant' },
    budget_min: 2000,
    budget_max: 4000,
    roi_min: 1.5,
    roi_max: 4,
    hoursFreed: 260,
  },
  'predictive-maintenance': {
    size: 'sme',
    label: { fr: 'Maintenance prédictive', en: 'Predictive maintenance' },
    budget_min: 30000,
    budget_max: 60000,
    roi_min: 1,
    roi_max: 2,
  },
  'supply-chain': {
    size: 'sme',
    label: { fr: 'Optimisation de la chaîne logistique', en: 'Supply-chain optimisation' },
    budget_min: 20000,
    budget_max: 50000,
    roi_min: 0.6,
    roi_max: 1.5,
  },
  hr: {
    size: 'sme',
    label: { fr: 'Automatisation RH', en: 'HR automation' },
    budget_min: 15000,
    budget_max: 30000,
    roi_min: 0.8,
    roi_max: 1.8,
  },
  marketing: {
    size: 'sme',
    label: { fr: 'Marketing digital automatisé', en: 'Automated digital marketing' },
    budget_min: 10000,
    budget_max: 20000,
    roi_min: 0.8,
    roi_max: 1.5,
  },
  'sales-forecast': {
    size: 'large',
    label: { fr: 'Analyse prédictive des ventes', en: 'Predictive sales analytics' },
    budget_min: 100000,
    budget_max: 250000,
    roi_min: 0.5,
    roi_max: 1.2,
  },
  'multisite-maintenance': {
    size: 'large',
    label: { fr: 'Maintenance multisite', en: 'Multi-site maintenance' },
    budget_min: 200000,
    budget_max: 500000,
    roi_min: 0.5,
    roi_max: 1.5,
  },
  'finance-legal': {
    size: 'large',
    label: { fr: 'Automatisation finance et juridique', en: 'Finance & legal automation' },
    budget_min: 80000,
    budget_max: 150000,
    roi_min: 0.8,
    roi_max: 1.8,
  },
  fraud: {
    size: 'large',
    label: { fr: 'Détection de fraudes et d’anomalies', en: 'Fraud and anomaly detection' },
    budget_min: 150000,
    budget_max: 300000,
    roi_min: 0.5,
    roi_max: 1.2,
  },
} as const satisfies Record<string, Benchmark>;

export type UseCase = keyof typeof BENCHMARKS;
export const USE_CASES = Object.keys(BENCHMARKS) as UseCase[];

export const BENCHMARK_MEASURES = ['budget_min', 'budget_max', 'roi_min', 'roi_max'] as const;

/** An ROI far above its benchmark is the "illusory ROI" trap the sources warn about. */
export const ILLUSORY_ROI_FACTOR = 2;
