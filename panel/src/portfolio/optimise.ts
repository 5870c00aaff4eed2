/** The one door to core's portfolio analysis: the panel never solves anything itself. */
import {
  optimisePortfolio,
  type Lang,
  type PortfolioAnswer,
  type PortfolioProblem,
} from '@boussole/core';

export const optimise = (problem: PortfolioProblem, lang: Lang): PortfolioAnswer =>
  optimisePortfolio(problem, lang);
