/**
 * A seeded portfolio of n projects shaped like a real register (costs 5–150 k€, value/cost 0.3–2.5,
 * the 50/30/20 envelopes of a budget of 30 % of the total, one must and one never in twenty, about
 * five requires and five excludes) for benchmarks and tests.
 */
import { seededRandom } from '../business-case/seed';
import { ENVELOPES, type PortfolioProblem, type PortfolioProject } from './types';

export function samplePortfolio(n: number, seed = 15): PortfolioProblem {
  const rnd = seededRandom(seed);
  const pick = (k: number): number => Math.floor(rnd() * k);
  const projects: PortfolioProject[] = Array.from({ length: n }, (_, i) => {
    const cost = 5 + Math.round(rnd() * 145 * 2) / 2;
    const value = Math.round(cost * (0.3 + rnd() * 2.2) * 10) / 10;
    const r = rnd();
    return {
      name: `Project ${i + 1}`,
      cost,
      value,
      envelope: ENVELOPES[r < 0.5 ? 0 : r < 0.8 ? 1 : 2],
      status: i % 20 === 3 ? 'must' : i % 20 === 11 ? 'never' : 'free',
    };
  });
  for (let k = 0; k < Math.min(5, n >> 2); k++) {
    const a = pick(n);
    const b = pick(n);
    if (a !== b) projects[a] = { ...projects[a], requires: [projects[b].name] };
    const c = pick(n);
    const d = pick(n);
    if (c !== d) projects[c] = { ...projects[c], excludes: [projects[d].name] };
  }
  const total = projects.reduce((s, p) => s + p.cost, 0);
  const budget = Math.round(total * 0.3);
  const envelopes = { pilots: budget * 0.5, scaling: budget * 0.3, innovation: budget * 0.2 };
  return { projects, budget, envelopes };
}
