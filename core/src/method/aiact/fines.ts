/**
 * Art. 99 ceilings: a fixed amount or a share of worldwide annual turnover — the higher of the two,
 * but the lower for SMEs and start-ups (Art. 99(6)). The sources' "4 %" is superseded.
 */
import type { Text } from '../../i18n';
import { clean } from '../../values';
import type { AiActCategory } from './categories';

export type FineTier = 'prohibited' | 'obligations' | 'information';

export const AI_ACT_FINES: Readonly<
  Record<FineTier, { breach: Text; amountEur: number; turnoverShare: number; basis: string }>
> = {
  prohibited: {
    breach: { fr: 'Pratiques interdites', en: 'Prohibited practices' },
    amountEur: 35_000_000,
    turnoverShare: 0.07,
    basis: 'Art. 99(3)',
  },
  obligations: {
    breach: { fr: 'Autres obligations', en: 'Other obligations' },
    amountEur: 15_000_000,
    turnoverShare: 0.03,
    basis: 'Art. 99(4)',
  },
  information: {
    breach: { fr: 'Informations inexactes', en: 'Incorrect information' },
    amountEur: 7_500_000,
    turnoverShare: 0.01,
    basis: 'Art. 99(5)',
  },
};

export const FINE_TIERS = Object.keys(AI_ACT_FINES) as FineTier[];

/** The tier a breach of a category's duties falls in; minimal risk carries no AI Act fine. */
export const fineTierOf = (category: AiActCategory): FineTier | null =>
  category === 'unacceptable' ? 'prohibited' : category === 'minimal' ? null : 'obligations';

/** The ceiling for a turnover: the higher of amount and share, the lower for an SME or start-up. */
export function fineCeiling(tier: FineTier, turnoverEur: number, sme: boolean): number {
  const f = AI_ACT_FINES[tier];
  const share = clean(f.turnoverShare * turnoverEur);
  return sme ? Math.min(f.amountEur, share) : Math.max(f.amountEur, share);
}
