/** The function reference (docs/functions.md and the README table), generated from the catalogue. */
import {
  CATALOGUE,
  type Example,
  type FunctionSpec,
  type Lang,
  type ParamSpec,
} from '@boussole/core';

const CATEGORY_TITLES: Record<FunctionSpec['category'], string> = {
  money: 'Money — Argent',
  time: 'Time — Temps',
  quality: 'Quality — Qualité',
  prioritisation: 'Prioritisation — Priorisation',
  risk: 'Risk and compliance — Risque et conformité',
  maturity: 'Maturity — Maturité',
  budget: 'Budget',
};

const signature = (fn: FunctionSpec, prefix: string, sep: string): string =>
  `${prefix}${fn.id}(${fn.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(sep)})`;

function showArg(v: Example['args'][number]): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v)) return `{${(v as unknown[][]).map((r) => r.join(';')).join('|')}}`;
  return String(v);
}

function showResult(r: Example['result']): string {
  if (Array.isArray(r)) return `{${r.map((row) => row.join(';')).join('|')}}`;
  return typeof r === 'string' ? JSON.stringify(r) : String(r);
}

function paramLine(p: ParamSpec, lang: Lang): string {
  return `\`${p.name}\`${p.optional ? ' (optional)' : ''} — ${p.help[lang]}`;
}

/** The compact table the README carries between its function-reference markers. */
export function readmeTable(): string {
  const rows = CATALOGUE.map(
    (fn) =>
      `| \`${signature(fn, 'AI.', ', ')}\` | \`AI_${fn.id}\` | ${fn.summary.en} | ${fn.examples[0] ? `\`=AI.${fn.id}(${fn.examples[0].args.map(showArg).join('; ')})\` → ${showResult(fn.examples[0].result)}` : ''} |`
  );
  return ['| Excel | Sheets | What it returns | Example |', '|---|---|---|---|', ...rows].join(
    '\n'
  );
}

/** docs/functions.md: every function, its arguments in both languages and its examples. */
export function referenceMarkdown(): string {
  const out = [
    '# Function reference — Référence des fonctions',
    '',
    '_Generated from the catalogue (`core/src/catalogue`) by `npm run build`; do not edit by hand._',
    '',
    'Excel: `=AI.<ID>(…)`; Google Sheets: `=AI_<ID>(…)`. Same arguments, results and errors in both.',
    'Ratios are fractions (1.5 = 150 %). Every scalar argument also takes a range and the result spills.',
    '',
  ];
  for (const category of Object.keys(CATEGORY_TITLES) as FunctionSpec['category'][]) {
    out.push(`## ${CATEGORY_TITLES[category]}`, '');
    for (const fn of CATALOGUE.filter((f) => f.category === category)) {
      out.push(
        `### ${fn.id}`,
        '',
        `\`${signature(fn, '=AI.', '; ')}\` · \`${signature(fn, '=AI_', ', ')}\``,
        ''
      );
      out.push(`- EN: ${fn.summary.en}. Returns: ${fn.result.help.en}.`);
      out.push(`- FR : ${fn.summary.fr}. Résultat : ${fn.result.help.fr}.`, '');
      out.push('| argument | EN | FR |', '|---|---|---|');
      for (const p of fn.params)
        out.push(`| ${paramLine(p, 'en').split(' — ')[0]} | ${p.help.en} | ${p.help.fr} |`);
      out.push('', 'Examples:', '');
      for (const ex of fn.examples) {
        out.push(
          `- \`=AI.${fn.id}(${ex.args.map(showArg).join('; ')})\` → \`${showResult(ex.result)}\``
        );
      }
      out.push('');
    }
  }
  return out.join('\n');
}
