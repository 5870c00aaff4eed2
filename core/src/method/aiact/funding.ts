/**
 * What the AI Act means for funding a project (the Portfolio view): a prohibited use can never be
 * funded, a high-risk one carries compliance duties to budget for.
 */
import { toCode } from '../../coerce';
import { isError } from '../../errors';
import { fold, type Text } from '../../i18n';
import { ownLookup } from '../../lookup';
import type { AiActCategory } from './categories';
import { AI_ACT_MILESTONES, type MilestoneId } from './dates';
import { AI_ACT_DOMAIN_ALIASES, AI_ACT_DOMAIN_CODES, domainInfo } from './domains';
import { AI_ACT_DUTIES, type AiActRole } from './duties';

export interface FundingConstraint {
  category: AiActCategory;
  /** "never" for a prohibited use; null when the AI Act forces no funding status. */
  status: 'never' | null;
  /** Why the status is forced, for the user; null when it is not. */
  reason: Text | null;
  /** The compliance duties of a high-risk use for the role; empty for other categories. */
  duties: readonly Text[];
  /** "Art. 5(1)(f)", "Annex III 4(a)"…; null when only a category was given. */
  basis: Text | null;
  /** ISO date from which the obligations apply; null when only a category was given. */
  appliesFrom: string | null;
}

const CATEGORY_WORDS: Readonly<Record<string, AiActCategory>> = {
  unacceptable: 'unacceptable',
  inacceptable: 'unacceptable',
  prohibited: 'unacceptable',
  interdit: 'unacceptable',
  high: 'high',
  eleve: 'high',
  'high-risk': 'high',
  limited: 'limited',
  limite: 'limited',
  minimal: 'minimal',
};

function resolve(
  value: string
): { category: AiActCategory; basis: Text | null; milestone: MilestoneId | null } | undefined {
  const word = ownLookup(CATEGORY_WORDS, fold(value));
  if (word) return { category: word, basis: null, milestone: null };
  const code = toCode(value, 'domain', AI_ACT_DOMAIN_CODES, AI_ACT_DOMAIN_ALIASES);
  const info = isError(code) ? undefined : domainInfo(code);
  return info && { category: info.category, basis: info.basis, milestone: info.milestone };
}

/**
 * The funding constraint of a use, given as an AIACT domain code ("emotion-workplace", "recruitment")
 * or a category ("unacceptable", "prohibited", "Élevé"…); undefined when it is neither. `role`
 * chooses the duties listed for a high-risk use (deployer, the usual SME case, by default).
 */
export function fundingConstraint(
  domainOrCategory: string,
  role: AiActRole = 'deployer'
): FundingConstraint | undefined {
  const r = resolve(domainOrCategory);
  if (!r) return undefined;
  const appliesFrom = r.milestone && AI_ACT_MILESTONES[r.milestone].from;
  const cite = (lang: 'fr' | 'en') => (r.basis ? ` (${r.basis[lang]})` : '');
  const prohibited = r.category === 'unacceptable';
  return {
    category: r.category,
    status: prohibited ? 'never' : null,
    reason: prohibited
      ? {
          fr: `Pratique d’IA interdite${cite('fr')} : ce projet ne peut pas être financé`,
          en: `Prohibited AI practice${cite('en')}: this project cannot be funded`,
        }
      : null,
    duties: r.category === 'high' ? AI_ACT_DUTIES.high[role] : [],
    basis: r.basis,
    appliesFrom,
  };
}
