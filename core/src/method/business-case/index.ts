export { cashFlows, irr, npv } from './cashflows';
export { likelyOf, pert, pertMean, type Estimate } from './pert';
export { netBenefitRange, type NetBenefitRange } from './ranges';
export { seededRandom, seedOf } from './seed';
