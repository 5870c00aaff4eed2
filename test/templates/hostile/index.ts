/** The hostile-data scenarios, one per list template. */
import { priorityScoring } from './priority-scoring';
import { processAudit } from './process-audit';
import type { Scenario } from './scenario';

export const SCENARIOS: readonly Scenario[] = [processAudit, priorityScoring];
