/**
 * docs/method.md §7: a register of AI use cases whose AI Act category and obligations come from the
 * domain chosen, then the reference tables (domains, categories, obligations) and the Art. 99
 * fine ceilings for a given turnover (the higher of amount and share; the lower for SMEs, Art. 99(6)).
 */
import type { Text } from '../i18n';
import {
  AI_ACT_CATEGORIES,
  AI_ACT_DOMAINS,
  AI_ACT_FINES,
  AI_ACT_OBLIGATIONS,
  type AiActCategory,
  type AiActDomain,
} from '../method/aiact';
import { a1, rangeA1 } from './a1';
import { formula, input, SheetBuilder } from './builder';
import { ifFilled, OWNER, PROGRESS, q, STATUS } from './common';
import { BAD, FORMATS, GOOD, WATCH } from './styles';
import type { BuildOptions, SheetSpec } from './types';

const C = { name: 1, domain: 2, category: 3, consequence: 4, actions: 5, owner: 6, status: 7 };
const HEADER = 4;
const FIRST = HEADER + 1;
const ROWS = 15;
const LAST = HEADER + ROWS;
const DOMAINS = Object.entries(AI_ACT_DOMAINS) as [
  AiActDomain,
  (typeof AI_ACT_DOMAINS)[AiActDomain],
][];
const CATEGORIES = Object.keys(AI_ACT_CATEGORIES) as AiActCategory[];

const EXAMPLES: readonly { name: Text; domain: AiActDomain; actions: Text; status: Text }[] = [
  {
    name: { fr: 'Chatbot du service client', en: 'Customer service chatbot' },
    domain: 'chatbot',
    actions: {
      fr: 'Annoncer le robot, bouton « parler à un humain »',
      en: 'Disclose the bot, a "talk to a human" button',
    },
    status: PROGRESS.done,
  },
  {
    name: { fr: 'Tri automatique des CV', en: 'Automatic CV screening' },
    domain: 'recruitment',
    actions: {
      fr: 'Évaluation de conformité, validation humaine',
      en: 'Conformity assessment, human validation',
    },
    status: PROGRESS.doing,
  },
  {
    name: { fr: 'Filtre anti-spam de la messagerie', en: 'Mailbox spam filter' },
    domain: 'spam-filter',
    actions: { fr: 'Bonnes pratiques', en: 'Good practice' },
    status: PROGRESS.done,
  },
  {
    name: { fr: 'Score de crédit des clients', en: 'Customer credit scoring' },
    domain: 'credit',
    actions: {
      fr: 'Documentation, surveillance, contrôle humain',
      en: 'Documentation, monitoring, human oversight',
    },
    status: PROGRESS.todo,
  },
  {
    name: { fr: 'Rédaction des fiches produits', en: 'Product description writing' },
    domain: 'content-generation',
    actions: { fr: 'Signaler le contenu généré', en: 'Label generated content' },
    status: PROGRESS.todo,
  },
];
export const EXAMPLE_AI_ACT_DOMAINS = EXAMPLES.map((e) => e.domain);

export function aiAct(o: BuildOptions): SheetSpec {
  const s = new SheetBuilder('ai-act', o);
  const L = o.lang;
  s.intro({
    fr: "Une ligne par usage de l'IA : choisissez son domaine, la catégorie AI Act et ce qui s'applique se déduisent. Amendes : plafonds de l'article 99 du règlement.",
    en: 'One row per AI use: choose its domain; the AI Act category and what applies follow. Fines: the ceilings of Article 99 of the regulation.',
  });
  s.headers(HEADER, 1, [
    { fr: "Cas d'usage", en: 'Use case' },
    { fr: 'Domaine', en: 'Domain' },
    { fr: 'Catégorie AI Act', en: 'AI Act category' },
    { fr: "Ce qui s'applique", en: 'What applies' },
    { fr: 'Actions prévues', en: 'Planned actions' },
    OWNER,
    STATUS,
  ]);

  // Reference tables below the register; their places are fixed first for the lookups.
  let row = LAST + 2;
  const domainHeader = row + 1;
  const domains = rangeA1(domainHeader + 1, 1, domainHeader + DOMAINS.length, 1, true);
  const domainCategories = rangeA1(domainHeader + 1, 2, domainHeader + DOMAINS.length, 2, true);
  row = domainHeader + DOMAINS.length + 2;
  const categoryHeader = row + 1;
  const categories = rangeA1(categoryHeader + 1, 1, categoryHeader + CATEGORIES.length, 1, true);
  const consequences = rangeA1(categoryHeader + 1, 2, categoryHeader + CATEGORIES.length, 2, true);

  const examples = s.examples ? EXAMPLES : [];
  for (let r = FIRST; r <= LAST; r++) {
    const i = r - FIRST;
    const e = examples[i];
    const [domain, category] = [a1(r, C.domain), a1(r, C.category)];
    s.row(r, 1, [
      input(e && s.t(e.name)),
      input(e && s.t(AI_ACT_DOMAINS[e.domain].label)),
      {
        ...formula(ifFilled([domain], `INDEX(${domainCategories},MATCH(${domain},${domains},0))`)),
        name: `category-${i + 1}`,
      },
      formula(ifFilled([category], `INDEX(${consequences},MATCH(${category},${categories},0))`)),
      input(e && s.t(e.actions)),
      input(),
      input(e && s.t(e.status)),
    ]);
  }

  s.section(
    domainHeader - 1,
    { fr: 'Domaines et catégories', en: 'Domains and categories' },
    C.status
  );
  s.headers(domainHeader, 1, [
    { fr: 'Domaine', en: 'Domain' },
    { fr: 'Catégorie', en: 'Category' },
  ]);
  DOMAINS.forEach(([, d], i) =>
    s.row(domainHeader + 1 + i, 1, [s.t(d.label), s.t(AI_ACT_CATEGORIES[d.category].label)])
  );

  s.section(
    categoryHeader - 1,
    { fr: 'Catégories et conséquences', en: 'Categories and what follows' },
    C.status
  );
  s.headers(categoryHeader, 1, [
    { fr: 'Catégorie', en: 'Category' },
    { fr: "Ce qui s'applique", en: 'What applies' },
  ]);
  CATEGORIES.forEach((c, i) =>
    s.row(categoryHeader + 1 + i, 1, [
      s.t(AI_ACT_CATEGORIES[c].label),
      s.t(AI_ACT_CATEGORIES[c].consequence),
    ])
  );

  row = categoryHeader + CATEGORIES.length + 2;
  s.section(row++, { fr: 'Obligations et actions', en: 'Obligations and actions' }, C.status);
  s.headers(row++, 1, [
    { fr: 'Obligation', en: 'Obligation' },
    { fr: 'Action', en: 'Action' },
  ]);
  for (const ob of AI_ACT_OBLIGATIONS) s.row(row++, 1, [s.t(ob.name), s.t(ob.action)]);

  row++;
  s.section(
    row++,
    { fr: 'Amendes maximales (AI Act, article 99)', en: 'Maximum fines (AI Act, Article 99)' },
    C.status
  );
  const revenue = a1(row, 2, true);
  s.row(row++, 1, [
    s.t({ fr: "Chiffre d'affaires mondial annuel (€)", en: 'Worldwide annual turnover (€)' }),
    input(s.ex(5_000_000), FORMATS.eur),
  ]);
  s.headers(row++, 1, [
    { fr: 'Manquement', en: 'Breach' },
    { fr: 'Montant fixe (€)', en: 'Fixed amount (€)' },
    { fr: 'Part du CA', en: 'Share of turnover' },
    { fr: 'Plafond : le plus élevé (€)', en: 'Ceiling: the higher (€)' },
    {
      fr: 'Plafond PME et start-up : le plus bas (€)',
      en: 'SME and start-up ceiling: the lower (€)',
    },
  ]);
  AI_ACT_FINES.forEach((f, i) => {
    const [amount, share] = [a1(row, 2), a1(row, 3)];
    s.row(row++, 1, [
      s.t(f.breach),
      { value: f.amountEur, format: FORMATS.eur },
      { value: f.turnoverShare, format: FORMATS.pct },
      {
        ...formula(
          ifFilled([revenue], `MAX(${amount},${share}*${revenue})`),
          FORMATS.eur,
          'output'
        ),
        name: `fine-max-${i + 1}`,
      },
      {
        ...formula(
          ifFilled([revenue], `MIN(${amount},${share}*${revenue})`),
          FORMATS.eur,
          'output'
        ),
        name: `fine-sme-${i + 1}`,
      },
    ]);
  });

  s.validate(rangeA1(FIRST, C.domain, LAST, C.domain), { kind: 'range', source: domains });
  s.validate(rangeA1(FIRST, C.status, LAST, C.status), {
    kind: 'list',
    values: Object.values(PROGRESS).map((t) => s.t(t)),
  });
  const cats = rangeA1(FIRST, C.category, LAST, C.category);
  const c0 = `$${a1(FIRST, C.category)}`;
  const label = (c: AiActCategory) => q(AI_ACT_CATEGORIES[c].label, L);
  s.when(cats, `=OR(${c0}=${label('unacceptable')},${c0}=${label('high')})`, BAD);
  s.when(cats, `=${c0}=${label('limited')}`, WATCH);
  s.when(cats, `=${c0}=${label('minimal')}`, GOOD);
  return s.widths(40, 40, 16, 60, 40, 16, 13).freeze(HEADER).build();
}
