/** Art. 5(1): the prohibited AI practices, in the regulation's order, and the 2026 addition. */
import type { Text } from '../../i18n';
import type { MilestoneId } from './dates';

export interface Practice {
  /** The AIACT domain code. */
  code: string;
  /** The point of Art. 5(1); null for the 2026 addition, whose point is not yet settled here. */
  letter: string | null;
  label: Text;
  milestone: MilestoneId;
}

export const PROHIBITED_PRACTICES: readonly Practice[] = [
  {
    code: 'manipulation',
    letter: 'a',
    label: {
      fr: 'Techniques manipulatrices ou trompeuses causant un préjudice important',
      en: 'Manipulative or deceptive techniques causing significant harm',
    },
    milestone: 'literacy-prohibitions',
  },
  {
    code: 'exploitation-vulnerabilities',
    letter: 'b',
    label: {
      fr: 'Exploitation des vulnérabilités (âge, handicap, situation sociale ou économique)',
      en: 'Exploiting vulnerabilities (age, disability, social or economic situation)',
    },
    milestone: 'literacy-prohibitions',
  },
  {
    code: 'social-scoring',
    letter: 'c',
    label: { fr: 'Notation sociale', en: 'Social scoring' },
    milestone: 'literacy-prohibitions',
  },
  {
    code: 'crime-profiling',
    letter: 'd',
    label: {
      fr: 'Prédire une infraction par le seul profilage ou la personnalité',
      en: 'Predicting crime from profiling or personality alone',
    },
    milestone: 'literacy-prohibitions',
  },
  {
    code: 'facial-scraping',
    letter: 'e',
    label: {
      fr: 'Moissonnage non ciblé d’images faciales',
      en: 'Untargeted scraping of facial images',
    },
    milestone: 'literacy-prohibitions',
  },
  {
    code: 'emotion-workplace',
    letter: 'f',
    label: {
      fr: 'Reconnaissance des émotions au travail ou à l’école (hors raisons médicales ou de sécurité)',
      en: 'Emotion recognition at work or in education (except medical or safety reasons)',
    },
    milestone: 'literacy-prohibitions',
  },
  {
    code: 'biometric-categorisation-sensitive',
    letter: 'g',
    label: {
      fr: 'Catégorisation biométrique déduisant origine, opinions, syndicat, religion, vie ou orientation sexuelle',
      en: 'Biometric categorisation inferring race, opinions, union membership, religion, sex life or orientation',
    },
    milestone: 'literacy-prohibitions',
  },
  {
    code: 'biometric-realtime',
    letter: 'h',
    label: {
      fr: 'Identification biométrique à distance en temps réel dans l’espace public par les forces de l’ordre',
      en: 'Real-time remote biometric identification in public spaces for law enforcement',
    },
    milestone: 'literacy-prohibitions',
  },
  {
    code: 'sexual-deepfakes',
    letter: null,
    label: {
      fr: 'Générer des images intimes non consenties ou des contenus pédopornographiques (ajout 2026)',
      en: 'Generating non-consensual intimate images or child sexual abuse material (2026 addition)',
    },
    milestone: 'new-prohibition',
  },
];

/** "Art. 5(1)(f)"; the 2026 addition is cited by its amendment. */
export const practiceBasis = (p: Practice): string =>
  p.letter ? `Art. 5(1)(${p.letter})` : 'Art. 5 (2026)';
