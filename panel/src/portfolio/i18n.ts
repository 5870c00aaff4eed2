/** The Portfolio view's strings, in French and English. */
import { translator } from '../i18n';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const tp = /* @__PURE__ */ translator({
  viewRanking: { fr: 'Priorités', en: 'Priorities' },
  viewPortfolio: { fr: 'Portefeuille', en: 'Portfolio' },
  views: { fr: 'Vues du panneau', en: 'Panel views' },
  intro: {
    fr: 'Quels projets le budget finance : l’optimum exact, à côté de la règle simple.',
    en: 'Which projects the budget pays for: the exact optimum, beside the simple rule.',
  },
  noRegister: {
    fr: 'Aucun registre de projets trouvé. Sélectionnez un tableau dont les en-têtes nomment Projet et Coût (avec une valeur, et si besoin Enveloppe, Statut, Requiert, Exclut), ou ouvrez la feuille « Portefeuille ».',
    en: 'No project register found. Select a table whose headers name Project and Cost (with a value, and optionally Envelope, Status, Requires, Excludes), or open the "Portfolio" sheet.',
  },
  source: {
    fr: (sheet: string, n: number) =>
      `« ${sheet} » : ${n} projet${n > 1 ? 's' : ''} lu${n > 1 ? 's' : ''}.`,
    en: (sheet: string, n: number) => `"${sheet}": ${n} ${plural(n, 'project', 'projects')} read.`,
  },
  value: { fr: 'Valeur à maximiser', en: 'Value to maximise' },
  budget: { fr: 'Budget total', en: 'Total budget' },
  split: { fr: 'Répartir en enveloppes (50/30/20)', en: 'Split into envelopes (50/30/20)' },
  pilots: { fr: 'Pilotes', en: 'Pilots' },
  scaling: { fr: 'Passage à l’échelle', en: 'Scaling' },
  innovation: { fr: 'Innovation', en: 'Innovation' },
  shareOf: { fr: (e: string) => `Part ${e} (%)`, en: (e: string) => `${e} share (%)` },
  budgetInvalid: {
    fr: 'Le budget est un montant de 0 ou plus.',
    en: 'The budget is an amount of 0 or more.',
  },
  sharesInvalid: {
    fr: (names: string) => `Chaque part est un nombre de 0 à 100 : ${names}.`,
    en: (names: string) => `Each share is a number from 0 to 100: ${names}.`,
  },
  sharesTotal: {
    fr: (x: string) => `Les parts des enveloppes doivent faire 100 % (ici ${x}).`,
    en: (x: string) => `The envelope shares must total 100 % (now ${x}).`,
  },
  answer: {
    fr: (names: string, cost: string, value: string) =>
      `Financer ${names} : ${cost}, valeur ${value}.`,
    en: (names: string, cost: string, value: string) => `Fund ${names}: ${cost}, value ${value}.`,
  },
  nothing: { fr: 'aucun projet', en: 'no project' },
  greedy: {
    fr: (value: string, cost: string) =>
      `La règle simple (meilleure valeur par euro d’abord) atteint ${value} pour ${cost}`,
    en: (value: string, cost: string) =>
      `The simple rule (best value per euro first) reaches ${value} for ${cost}`,
  },
  gain: {
    fr: (x: string) => ` : l’optimum gagne ${x}.`,
    en: (x: string) => `: the optimum gains ${x}.`,
  },
  same: { fr: ' : même valeur.', en: ': the same value.' },
  fundedTitle: { fr: 'Financés', en: 'Funded' },
  outTitle: { fr: 'Non financés, et pourquoi', en: 'Not funded, and why' },
  'over-budget': { fr: 'dépasse le budget', en: 'over the budget' },
  'excluded-by': { fr: (x: string) => `exclu par ${x}`, en: (x: string) => `excluded by ${x}` },
  needs: { fr: (x: string) => `nécessite ${x}`, en: (x: string) => `needs ${x}` },
  'envelope-full': {
    fr: (e: string) => `enveloppe ${e} pleine`,
    en: (e: string) => `${e} envelope full`,
  },
  never: { fr: 'marqué exclu', en: 'marked never' },
  duties: {
    fr: (name: string, duties: string) => `${name} (AI Act, haut risque) : ${duties}`,
    en: (name: string, duties: string) => `${name} (AI Act, high-risk): ${duties}`,
  },
  dutiesTitle: {
    fr: 'Obligations AI Act des projets financés',
    en: 'AI Act duties of funded projects',
  },
  'not-worth': { fr: 'n’ajoute pas de valeur', en: 'adds no value' },
  next: {
    fr: (extra: string, adds: string) => `Avec +${extra}, vous ajouteriez ${adds}.`,
    en: (extra: string, adds: string) => `With +${extra} you would add ${adds}.`,
  },
  noNext: {
    fr: 'Aucune hausse du budget n’ajoute de valeur.',
    en: 'No budget increase adds value.',
  },
  frontier: { fr: 'Frontière efficace', en: 'Efficient frontier' },
  frontierLabel: {
    fr: (n: number) => `Meilleure valeur pour chaque budget de 0 au total (${n} points).`,
    en: (n: number) => `Best value for each budget from 0 to the total (${n} points).`,
  },
  budgetAxis: { fr: 'Budget', en: 'Budget' },
  valueAxis: { fr: 'Valeur', en: 'Value' },
  invalidTitle: {
    fr: (n: number) => `${n} ligne${n > 1 ? 's' : ''} non lue${n > 1 ? 's' : ''}`,
    en: (n: number) => `${n} ${plural(n, 'row', 'rows')} not read`,
  },
  name: { fr: 'nom vide ou en double', en: 'blank or repeated name' },
  cost: {
    fr: (v: string) => `coût « ${v} » illisible`,
    en: (v: string) => `cost "${v}" unreadable`,
  },
  valueBad: {
    fr: (v: string) => `valeur « ${v} » illisible`,
    en: (v: string) => `value "${v}" unreadable`,
  },
  envelope: {
    fr: (v: string) => `enveloppe « ${v} » inconnue (pilotes, passage à l’échelle, innovation)`,
    en: (v: string) => `unknown envelope "${v}" (pilots, scaling, innovation)`,
  },
  status: {
    fr: (v: string) => `statut « ${v} » inconnu (obligatoire, exclu ou vide)`,
    en: (v: string) => `unknown status "${v}" (must, never or blank)`,
  },
  write: { fr: 'Écrire la colonne Financé', en: 'Write the Funded column' },
  format: { fr: 'Valeurs écrites', en: 'Values written' },
  formatNumber: { fr: '1 / 0', en: '1 / 0' },
  formatWord: { fr: 'Oui / Non', en: 'Yes / No' },
  yes: { fr: 'Oui', en: 'Yes' },
  no: { fr: 'Non', en: 'No' },
  mustWord: { fr: 'obligatoire', en: 'must' },
  neverWord: { fr: 'exclu', en: 'never' },
  demoRegister: { fr: 'Registre des projets IA (démo)', en: 'AI project register (demo)' },
  costHeader: { fr: 'Coût (k€)', en: 'Cost (k€)' },
  valueHeader: { fr: 'Valeur (k€)', en: 'Value (k€)' },
  envelopeHeader: { fr: 'Enveloppe', en: 'Envelope' },
  statusHeader: { fr: 'Statut', en: 'Status' },
  requiresHeader: { fr: 'Requiert', en: 'Requires' },
  excludesHeader: { fr: 'Exclut', en: 'Excludes' },
  fundedHeader: { fr: 'Financé (Boussole)', en: 'Funded (Boussole)' },
  fundedNote: {
    fr: (budget: string, date: string) =>
      `Optimum Boussole pour un budget de ${budget}, le ${date}.`,
    en: (budget: string, date: string) => `Boussole optimum for a budget of ${budget}, on ${date}.`,
  },
  written: {
    fr: (a: string) => `Colonne Financé écrite en ${a}.`,
    en: (a: string) => `Funded column written to ${a}.`,
  },
  cannotWrite: {
    fr: 'Cet hôte ne sait pas écrire la colonne Financé : recopiez-la depuis la liste ci-dessus.',
    en: 'This host cannot write the Funded column: copy it from the list above.',
  },
});
