/** What each question of the AI Act register means, shown when its cell is selected (docs/ai-act.md). */
import type { Text } from '../i18n';

export type Question =
  | 'role'
  | 'practice'
  | 'annexI'
  | 'point'
  | 'narrow'
  | 'profiles'
  | 'interacts'
  | 'generates'
  | 'deepfake'
  | 'emotion';

export const QUESTION_HELP: Readonly<Record<Question, { title: Text; text: Text }>> = {
  role: {
    title: { fr: 'Rôle', en: 'Role' },
    text: {
      fr: 'Fournisseur : vous concevez le système ou le vendez sous votre nom. Déployeur : vous l’utilisez.',
      en: 'Provider: you build the system or sell it under your name. Deployer: you use it.',
    },
  },
  practice: {
    title: { fr: 'Art. 5', en: 'Art. 5' },
    text: {
      fr: 'Non, ou la pratique interdite dont relève l’usage (il ne peut alors pas être utilisé).',
      en: 'No, or the prohibited practice the use falls under (it then cannot be used).',
    },
  },
  annexI: {
    title: { fr: 'Annexe I', en: 'Annex I' },
    text: {
      fr: 'Oui si l’IA est, ou sécurise, un produit soumis au droit de l’UE avec évaluation par un tiers.',
      en: 'Yes if the AI is, or is a safety component of, a product under EU law needing third-party assessment.',
    },
  },
  point: {
    title: { fr: 'Annexe III', en: 'Annex III' },
    text: {
      fr: 'Non, ou le domaine et le point (par exemple 4(a) recrutement).',
      en: 'No, or the area and point (e.g. 4(a) recruitment).',
    },
  },
  narrow: {
    title: { fr: 'Art. 6(3)', en: 'Art. 6(3)' },
    text: {
      fr: 'Oui s’il ne fait qu’une tâche procédurale étroite ou préparatoire, ou améliore un travail humain déjà fait.',
      en: 'Yes if it only does a narrow procedural or preparatory task, or improves completed human work.',
    },
  },
  profiles: {
    title: { fr: 'Profilage', en: 'Profiling' },
    text: {
      fr: 'Oui s’il établit un profil des personnes : l’art. 6(3) ne s’applique alors jamais.',
      en: 'Yes if it profiles people: Art. 6(3) then never applies.',
    },
  },
  interacts: {
    title: { fr: 'Art. 50(1)', en: 'Art. 50(1)' },
    text: {
      fr: 'Oui si des personnes échangent avec lui (chatbot…).',
      en: 'Yes if people talk to it (chatbot…).',
    },
  },
  generates: {
    title: { fr: 'Art. 50(2)', en: 'Art. 50(2)' },
    text: {
      fr: 'Oui s’il génère du texte, des images, du son ou de la vidéo.',
      en: 'Yes if it generates text, images, audio or video.',
    },
  },
  deepfake: {
    title: { fr: 'Art. 50(4)', en: 'Art. 50(4)' },
    text: {
      fr: 'Oui s’il produit des contenus imitant des personnes, lieux ou faits réels.',
      en: 'Yes if it produces content imitating real people, places or events.',
    },
  },
  emotion: {
    title: { fr: 'Art. 50(3)', en: 'Art. 50(3)' },
    text: {
      fr: 'Oui s’il reconnaît des émotions ou classe des personnes par leurs données biométriques.',
      en: 'Yes if it recognises emotions or sorts people by their biometric data.',
    },
  },
};

export const NOT_IN_LIST: Text = {
  fr: 'Choisissez une valeur de la liste.',
  en: 'Choose a value from the list.',
};
