/** The hostile-data scenarios, one per list template. */
import { budget, budgetNumbers } from './budget';
import { calculators } from './calculators';
import { kpiDashboard } from './kpi-dashboard';
import { priorityScoring, priorityTextWeight } from './priority-scoring';
import { processAudit } from './process-audit';
import { riskMatrix } from './risk-matrix';
import { roadmap, roadmapTextDate } from './roadmap-90';
import type { Scenario } from './scenario';
import { maturity, useCases } from './small';
import { vendorMatrix, vendorWeights } from './vendor-matrix';

export const SCENARIOS: readonly Scenario[] = [
  processAudit,
  priorityScoring,
  priorityTextWeight,
  vendorMatrix,
  vendorWeights,
  kpiDashboard,
  roadmap,
  roadmapTextDate,
  riskMatrix,
  budget,
  budgetNumbers,
  calculators,
  useCases,
  maturity,
];
