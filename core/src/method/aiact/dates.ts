/**
 * When each part of the AI Act applies, as amended in 2026 (docs/ai-act.md). Every date keeps the
 * date it had before the amendment, its status and its source: this file is where the calendar is
 * updated when the law moves.
 */
import type { Text } from '../../i18n';
import { dateSerial } from '../../templates/styles';

/** The day the product's reading of the regulation was last checked (ISO). */
export const AI_ACT_AS_OF = '2026-12-02';

/** The regulation and the amendment the dates follow. */
export const AI_ACT_SOURCE = {
  regulation: {
    fr: 'Règlement (UE) 2024/1689 (AI Act), en vigueur depuis le 1er août 2024',
    en: 'Regulation (EU) 2024/1689 (AI Act), in force since 1 Aug 2024',
  },
  amendment: {
    fr: 'tel que modifié en 2026 (« omnibus numérique sur l’IA »)',
    en: 'as amended in 2026 (the "Digital Omnibus on AI")',
  },
} as const satisfies Record<string, Text>;

/** The amendment's steps, each with how sure the date is. */
export const AI_ACT_AMENDMENT_STEPS: readonly { date: string; what: Text }[] = [
  {
    date: '2026-05-07',
    what: {
      fr: 'Accord politique Parlement–Conseil',
      en: 'Political agreement, Parliament–Council',
    },
  },
  {
    date: '2026-06-16',
    what: { fr: 'Vote du Parlement européen', en: 'European Parliament vote' },
  },
  { date: '2026-06-29', what: { fr: 'Adoption par le Conseil', en: 'Council adoption' } },
  {
    date: '2026-07',
    what: {
      fr: 'Publication au Journal officiel (annoncée en juillet 2026), entrée en vigueur fin juillet 2026',
      en: 'Publication in the Official Journal (reported July 2026), in force from late July 2026',
    },
  },
];

/** Whether a date is the original one, moved by the amendment, or new with it. */
export type DateStatus = 'original' | 'moved' | 'new';

export const DATE_STATUSES: Readonly<Record<DateStatus, Text>> = {
  original: { fr: 'Inchangée', en: 'Unchanged' },
  moved: { fr: 'Reportée en 2026', en: 'Moved in 2026' },
  new: { fr: 'Nouvelle en 2026', en: 'New in 2026' },
};

export type MilestoneId =
  'literacy-prohibitions' | 'gpai' | 'transparency' | 'new-prohibition' | 'annex-iii' | 'annex-i';

export interface Milestone {
  /** ISO date from which it applies, as amended in 2026. */
  from: string;
  /** ISO date before the amendment; null when the milestone is new. */
  before: string | null;
  status: DateStatus;
  what: Text;
  source: Text;
}

const original = (point = ''): Text => ({ fr: `Art. 113${point}`, en: `Art. 113${point}` });
const AMENDED: Text = { fr: 'Art. 113, modifié en 2026', en: 'Art. 113, as amended 2026' };

export const AI_ACT_MILESTONES: Readonly<Record<MilestoneId, Milestone>> = {
  'literacy-prohibitions': {
    from: '2025-02-02',
    before: '2025-02-02',
    status: 'original',
    what: {
      fr: 'Maîtrise de l’IA (art. 4) pour tout fournisseur et déployeur ; pratiques interdites (art. 5)',
      en: 'AI literacy (Art. 4) for every provider and deployer; prohibited practices (Art. 5)',
    },
    source: original('(a)'),
  },
  gpai: {
    from: '2025-08-02',
    before: '2025-08-02',
    status: 'original',
    what: {
      fr: 'Modèles d’IA à usage général, gouvernance, sanctions',
      en: 'General-purpose AI models, governance, penalties',
    },
    source: original('(b)'),
  },
  transparency: {
    from: '2026-08-02',
    before: '2026-08-02',
    status: 'original',
    what: {
      fr: 'Transparence (art. 50) : chatbots, contenus générés marqués, hypertrucages et reconnaissance des émotions signalés ; le reste du règlement',
      en: 'Transparency (Art. 50): chatbots, generated content marked, deep fakes and emotion recognition disclosed; the rest of the regulation',
    },
    source: original(),
  },
  'new-prohibition': {
    from: '2026-12-02',
    before: null,
    status: 'new',
    what: {
      fr: 'Nouvelle interdiction (art. 5) : images intimes non consenties, pédopornographie ; marquage des systèmes génératifs mis sur le marché avant le 2 août 2026',
      en: 'New prohibition (Art. 5): non-consensual intimate images, child sexual abuse material; marking of generative systems on the market before 2 Aug 2026',
    },
    source: AMENDED,
  },
  'annex-iii': {
    from: '2027-12-02',
    before: '2026-08-02',
    status: 'moved',
    what: {
      fr: 'Haut risque, annexe III (systèmes autonomes)',
      en: 'High risk, Annex III (stand-alone systems)',
    },
    source: AMENDED,
  },
  'annex-i': {
    from: '2028-08-02',
    before: '2027-08-02',
    status: 'moved',
    what: {
      fr: 'Haut risque, annexe I (IA dans des produits soumis au droit de l’UE sur la sécurité)',
      en: 'High risk, Annex I (AI in products under EU safety law)',
    },
    source: AMENDED,
  },
};

export const MILESTONE_IDS = Object.keys(AI_ACT_MILESTONES) as MilestoneId[];

/** "2027-12-02" → its spreadsheet serial (1900 date system). */
export function isoSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return dateSerial(y, m, d);
}

export const milestoneSerial = (id: MilestoneId): number => isoSerial(AI_ACT_MILESTONES[id].from);
