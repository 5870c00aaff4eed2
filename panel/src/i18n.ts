/** Every string the panel shows, in French and English. */
import { CRITERIA, type Lang } from '@boussole/core';

const STRINGS = {
  appTitle: { fr: 'Score de priorisation', en: 'Priority scoring' },
  appSubtitle: {
    fr: 'Classez vos projets IA par impact, effort, risque et alignement.',
    en: 'Rank your AI projects by impact, effort, risk and alignment.',
  },
  language: { fr: 'Langue', en: 'Language' },
  project: { fr: 'Projet', en: 'Project' },
  read: { fr: 'Lire le tableau', en: 'Read table' },
  readHelp: {
    fr: 'Lit la sélection, sinon la feuille active, sinon la feuille « Score de priorisation ».',
    en: 'Reads the selection, else the active sheet, else the "Priority scoring" sheet.',
  },
  busy: { fr: 'Un instant…', en: 'Working…' },
  source: {
    fr: (sheet: string, first: number, last: number, n: string) =>
      `« ${sheet} », lignes ${first} à ${last} : ${n} projet${n === '1' ? '' : 's'} lu${n === '1' ? '' : 's'}.`,
    en: (sheet: string, first: number, last: number, n: string) =>
      `"${sheet}", rows ${first} to ${last}: ${n} project${n === '1' ? '' : 's'} read.`,
  },
  columnOf: { fr: (c: string) => `Colonne ${c}`, en: (c: string) => `${c} column` },
  weightOf: { fr: (c: string) => `Pondération ${c} (%)`, en: (c: string) => `${c} weight (%)` },
  noTable: {
    fr: 'Aucun tableau de projets trouvé. Sélectionnez un tableau dont les en-têtes nomment Projet, Impact, Effort, Risque et Alignement stratégique, ou insérez le modèle.',
    en: 'No project table found. Select a table whose headers name Project, Impact, Effort, Risk and Strategic alignment, or insert the template.',
  },
  insertTemplate: {
    fr: 'Insérer le modèle « Score de priorisation »',
    en: 'Insert the "Priority scoring" template',
  },
  withExamples: { fr: 'avec les projets d’exemple', en: 'with the example projects' },
  inserted: {
    fr: (name: string) => `Feuille « ${name} » créée.`,
    en: (name: string) => `Sheet "${name}" created.`,
  },
  columns: { fr: 'Colonnes', en: 'Columns' },
  columnsHelp: {
    fr: 'Trouvées d’après les en-têtes ; changez-les si besoin.',
    en: 'Found from the headers; change them if needed.',
  },
  notUsed: { fr: '— aucune —', en: '— none —' },
  missingColumns: {
    fr: (list: string) => `Choisissez la colonne de : ${list}.`,
    en: (list: string) => `Choose the column for: ${list}.`,
  },
  weights: { fr: 'Pondérations', en: 'Weights' },
  preset: { fr: 'Jeu de pondérations', en: 'Weight preset' },
  presetMethod: { fr: 'Méthode : 40 / 30 / 20 / 10', en: 'Method: 40 / 30 / 20 / 10' },
  presetCustom: { fr: 'Personnalisé', en: 'Custom' },
  total: { fr: (x: string) => `Total : ${x}`, en: (x: string) => `Total: ${x}` },
  totalMust: { fr: 'doit faire 100 %', en: 'must reach 100 %' },
  weightInvalid: {
    fr: (names: string, n: number) =>
      `chaque pondération est un nombre de 0 à 100 : ${names} ${n > 1 ? 'ne le sont pas' : 'ne l’est pas'}.`,
    en: (names: string, n: number) =>
      `each weight is a number from 0 to 100: ${names} ${n > 1 ? 'are' : 'is'} not.`,
  },
  thresholdUnit: {
    fr: 'Le seuil est une note de 0 à 10, sans unité (ni %, ni €).',
    en: 'The threshold is a score from 0 to 10, with no unit (no %, no €).',
  },
  skippedRows: {
    fr: (n: number, rows: string) =>
      `${n} ligne${n > 1 ? 's' : ''} vide${n > 1 ? 's' : ''} dans le tableau, ignorée${n > 1 ? 's' : ''} (${rows}).`,
    en: (n: number, rows: string) =>
      `${n} blank row${n === 1 ? '' : 's'} inside the table, skipped (${rows}).`,
  },
  sharedColumn: {
    fr: (column: string, fields: string) =>
      `Attention : la colonne ${column} est choisie pour ${fields}.`,
    en: (column: string, fields: string) => `Warning: column ${column} is chosen for ${fields}.`,
  },
  nameIsScore: {
    fr: (column: string) =>
      `Attention : la colonne ${column} choisie pour le projet contient une note, pas un nom.`,
    en: (column: string) =>
      `Warning: column ${column}, chosen for the project, holds a score, not a name.`,
  },
  direction: { fr: 'Effort et risque', en: 'Effort and risk' },
  directionCost: {
    fr: 'sont des coûts : notés 10 − x (méthode)',
    en: 'are costs: scored 10 − x (method)',
  },
  directionBenefit: {
    fr: 'sont déjà facilité et sécurité : notés x',
    en: 'are already ease and safety: scored x',
  },
  threshold: { fr: 'Seuil des quadrants', en: 'Quadrant threshold' },
  thresholdHelp: {
    fr: '« Élevé » = strictement au-dessus (0 à 10).',
    en: '"High" means strictly above (0 to 10).',
  },
  thresholdInvalid: {
    fr: 'Le seuil est un nombre de 0 à 10.',
    en: 'The threshold is a number from 0 to 10.',
  },
  ranking: { fr: 'Classement', en: 'Ranking' },
  rank: { fr: 'Rang', en: 'Rank' },
  score: { fr: 'Score', en: 'Score' },
  quadrant: { fr: 'Quadrant', en: 'Quadrant' },
  row: { fr: (n: number) => `Ligne ${n}`, en: (n: number) => `Row ${n}` },
  showAll: {
    fr: (n: string) => `Afficher les ${n} projets`,
    en: (n: string) => `Show all ${n} projects`,
  },
  fixSettings: {
    fr: 'Corrigez les pondérations ou le seuil pour voir le classement.',
    en: 'Fix the weights or the threshold to see the ranking.',
  },
  noValidRow: { fr: 'Aucune ligne notable.', en: 'No row can be scored.' },
  invalidTitle: {
    fr: (n: number) => `${n} ligne${n > 1 ? 's' : ''} non notée${n > 1 ? 's' : ''}`,
    en: (n: number) => `${n} row${n === 1 ? '' : 's'} not scored`,
  },
  moreInvalid: {
    fr: (n: number) => `… et ${n} autre${n > 1 ? 's' : ''}.`,
    en: (n: number) => `… and ${n} more.`,
  },
  blank: { fr: (c: string) => `${c} vide`, en: (c: string) => `${c} is blank` },
  text: {
    fr: (c: string, v: string) => `${c} : « ${v} » n’est pas un nombre`,
    en: (c: string, v: string) => `${c}: "${v}" is not a number`,
  },
  numericText: {
    fr: (c: string, v: string) => `${c} : « ${v} » est un nombre saisi comme texte`,
    en: (c: string, v: string) => `${c}: "${v}" is a number stored as text`,
  },
  range: {
    fr: (c: string, v: string) => `${c} : ${v} hors de 0 à 10`,
    en: (c: string, v: string) => `${c}: ${v} is outside 0 to 10`,
  },
  chart: { fr: 'Matrice impact / effort', en: 'Impact / effort matrix' },
  chartLabel: {
    fr: (n: number) => `Nuage de ${n} projets : effort en abscisse, impact en ordonnée.`,
    en: (n: number) => `Scatter of ${n} projects: effort across, impact up.`,
  },
  effortAxis: { fr: 'Effort (0 facile → 10 lourd)', en: 'Effort (0 easy → 10 heavy)' },
  impactAxis: { fr: 'Impact', en: 'Impact' },
  write: { fr: 'Écrire dans la feuille', en: 'Write to the sheet' },
  writeHelp: {
    fr: 'Ajoute score, rang et quadrant en formules vivantes à droite du tableau.',
    en: 'Adds score, rank and quadrant as live formulas right of the table.',
  },
  chartInSheet: { fr: 'Graphique dans la feuille', en: 'Chart in the sheet' },
  written: {
    fr: (address: string) => `Formules écrites en ${address}.`,
    en: (address: string) => `Formulas written to ${address}.`,
  },
  conflict: {
    fr: (n: number, cells: string) =>
      `${n} cellule${n > 1 ? 's' : ''} non vide${n > 1 ? 's' : ''} serai${n > 1 ? 'ent' : 't'} remplacée${n > 1 ? 's' : ''} (${cells}). Remplacer ?`,
    en: (n: number, cells: string) =>
      `${n} non-empty cell${n === 1 ? '' : 's'} would be replaced (${cells}). Replace?`,
  },
  replaceOwn: {
    fr: (range: string, n: number) =>
      `Les colonnes Boussole (${range}) contiennent déjà des résultats (${n} cellule${n > 1 ? 's' : ''}). Les remplacer par des formules à ces réglages ?`,
    en: (range: string, n: number) =>
      `The Boussole columns (${range}) already hold results (${n} cell${n === 1 ? '' : 's'}). Replace them with formulas at these settings?`,
  },
  replace: { fr: 'Remplacer', en: 'Replace' },
  cancel: { fr: 'Annuler', en: 'Cancel' },
  cancelled: { fr: 'Rien n’a été écrit.', en: 'Nothing was written.' },
  chartDrawn: {
    fr: (sheet: string) => `Graphique inséré dans « ${sheet} ».`,
    en: (sheet: string) => `Chart inserted in "${sheet}".`,
  },
  failed: {
    fr: (message: string) => `Échec : ${message}`,
    en: (message: string) => `Failed: ${message}`,
  },
  previewTitle: { fr: 'Aperçu hors d’Excel', en: 'Preview outside Excel' },
  previewNote: {
    fr: 'Le panneau travaille sur ce classeur de démonstration en mémoire : modifiez une cellule, puis « Lire le tableau ».',
    en: 'The panel works on this in-memory demo workbook: edit a cell, then "Read table".',
  },
  dataset: { fr: 'Données de démonstration', en: 'Demo data' },
  datasetMethod: { fr: 'Les 4 projets de la méthode', en: 'The 4 method projects' },
  datasetPortfolio: {
    fr: 'Portefeuille généré de 1 000 projets',
    en: 'Generated 1,000-project portfolio',
  },
  datasetEmpty: { fr: 'Classeur vide', en: 'Empty workbook' },
  hiddenRows: {
    fr: (n: string) => `… ${n} lignes de plus, non affichées ici.`,
    en: (n: string) => `… ${n} more rows, not shown here.`,
  },
  sheetChart: {
    fr: (title: string, where: string) => `Graphique « ${title} » sur ${where}`,
    en: (title: string, where: string) => `Chart "${title}" over ${where}`,
  },
  formulaBar: { fr: 'Barre de formule', en: 'Formula bar' },
  demoTitle: { fr: 'Portefeuille de projets IA (démo)', en: 'AI project portfolio (demo)' },
  emptySheet: { fr: 'Feuil1', en: 'Sheet1' },
} as const;

type Entry = Readonly<Record<Lang, string | ((...a: never[]) => string)>>;
type Args<E extends Entry> = E['fr'] extends (...a: infer A) => string ? A : [];

/** The lookup for one table of strings (the panel's here; a view may hold its own). */
export function translator<S extends Readonly<Record<string, Entry>>>(strings: S) {
  return <K extends keyof S>(key: K, lang: Lang, ...args: Args<S[K]>): string => {
    const entry = strings[key][lang];
    return typeof entry === 'string' ? entry : (entry as (...a: Args<S[K]>) => string)(...args);
  };
}

// Pure: a bundle that does not translate (the Sheets server) leaves the table out.
export const t = /* @__PURE__ */ translator(STRINGS);

export { formatNumber } from './number-format';

/** The name of a table field: the method's criterion label, or "Project". */
export const fieldLabel = (field: string, lang: Lang): string =>
  CRITERIA.find((c) => c.key === field)?.label[lang] ?? t('project', lang);
