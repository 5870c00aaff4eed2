/** The add-on's own user-visible texts (menus, dialogs, messages), in both languages. */
import type { Text } from '@boussole/core';

export const LABELS = {
  panel: { fr: 'Panneau de priorisation', en: 'Priority panel' },
  insertTemplate: { fr: 'Insérer un modèle', en: 'Insert template' },
  insertExample: { fr: 'Insérer un modèle avec exemple', en: 'Insert template with example' },
  reference: { fr: 'Référence des fonctions', en: 'Function reference' },
  inserted: { fr: 'Feuille créée : ', en: 'Sheet created: ' },
  failed: {
    fr: 'Boussole n’a pas pu insérer le modèle : ',
    en: 'Boussole could not insert the template: ',
  },
  arguments: { fr: 'Arguments', en: 'Arguments' },
  result: { fr: 'Résultat :', en: 'Result:' },
  optional: { fr: 'facultatif', en: 'optional' },
  referenceIntro: {
    fr: 'Tapez =AI_ROI(B2; C2) dans une cellule. Chaque argument accepte aussi une plage : le résultat se répand alors en tableau. Une erreur commence par son code (#VALUE!, #NUM!, #DIV/0!, #N/A).',
    en: 'Type =AI_ROI(B2, C2) in a cell. Every argument also takes a range: the result then spills as an array. An error starts with its code (#VALUE!, #NUM!, #DIV/0!, #N/A).',
  },
} satisfies Record<string, Text>;
