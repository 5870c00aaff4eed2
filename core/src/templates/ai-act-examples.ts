/**
 * The example use cases of the AI Act register (inputs only; what they must give is checked by the
 * tests): one or more per category, each answering the register's questions.
 */
import type { Text } from '../i18n';
import type { AiActRole } from '../method/aiact';
import { PROGRESS } from './common';

export interface AiActExample {
  name: Text;
  role: AiActRole;
  /** The code of an Art. 5 practice, or null for "No". */
  practice: string | null;
  annexI: boolean;
  /** An Annex III point ("4(a)"), or null for "No". */
  point: string | null;
  /** Art. 6(3) narrow or preparatory task, and profiling: asked only for an Annex III use. */
  narrowTask?: boolean;
  profiles?: boolean;
  interacts: boolean;
  generates: boolean;
  deepfake: boolean;
  emotion: boolean;
  owner: Text;
  status: Text;
}

const NONE = { annexI: false, interacts: false, generates: false, deepfake: false, emotion: false };

export const AI_ACT_EXAMPLES: readonly AiActExample[] = [
  {
    ...NONE,
    name: { fr: 'Présélection des CV (recrutement)', en: 'CV screening for recruitment' },
    role: 'deployer',
    practice: null,
    point: '4(a)',
    narrowTask: false,
    profiles: true,
    owner: { fr: 'RH', en: 'HR' },
    status: PROGRESS.doing,
  },
  {
    ...NONE,
    name: { fr: 'Chatbot du site web', en: 'Website chatbot' },
    role: 'deployer',
    practice: null,
    point: null,
    interacts: true,
    owner: { fr: 'Marketing', en: 'Marketing' },
    status: PROGRESS.done,
  },
  {
    ...NONE,
    name: {
      fr: 'Détection des émotions des salariés au centre d’appels',
      en: 'Call-centre staff emotion detection',
    },
    role: 'deployer',
    practice: 'emotion-workplace',
    point: null,
    emotion: true,
    owner: { fr: 'Direction', en: 'Management' },
    status: PROGRESS.blocked,
  },
  {
    ...NONE,
    name: { fr: 'Filtre anti-spam de la messagerie', en: 'Mailbox spam filter' },
    role: 'deployer',
    practice: null,
    point: null,
    owner: { fr: 'Informatique', en: 'IT' },
    status: PROGRESS.done,
  },
  {
    ...NONE,
    name: { fr: 'Score de crédit des clients', en: 'Customer credit scoring' },
    role: 'deployer',
    practice: null,
    point: '5(b)',
    narrowTask: false,
    profiles: true,
    owner: { fr: 'Finance', en: 'Finance' },
    status: PROGRESS.todo,
  },
  {
    ...NONE,
    name: {
      fr: 'Mise en forme des CV avant lecture (outil maison)',
      en: 'CV formatting before review (in-house tool)',
    },
    role: 'provider',
    practice: null,
    point: '4(a)',
    narrowTask: true,
    profiles: false,
    owner: { fr: 'RH', en: 'HR' },
    status: PROGRESS.todo,
  },
  {
    ...NONE,
    name: { fr: 'Rédaction des fiches produits', en: 'Product description writing' },
    role: 'deployer',
    practice: null,
    point: null,
    generates: true,
    owner: { fr: 'E-commerce', en: 'E-commerce' },
    status: PROGRESS.doing,
  },
  {
    ...NONE,
    name: {
      fr: 'Contrôle visuel de sécurité intégré à nos machines',
      en: 'Vision safety check built into our machines',
    },
    role: 'provider',
    practice: null,
    annexI: true,
    point: null,
    owner: { fr: 'Production', en: 'Production' },
    status: PROGRESS.todo,
  },
];
