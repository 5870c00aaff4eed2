/**
 * The "Inputs, errors and what hosts do" section of docs/functions.md. The rules are written here
 * once; the table of what a blank row read as 0 gives is computed from the catalogue, so a function
 * added later gets its row without anyone writing it.
 */
import {
  CATALOGUE,
  evaluate,
  isError,
  type Cell,
  type FunctionSpec,
  type RawArg,
} from '@boussole/core';

const RULES = `## Inputs, errors and what hosts do — Entrées, erreurs et hôtes

- EN: Numeric text is read as finance users type it ("10 000 €", "1,5", "40 %", "(500)", "1.234,56",
  "1 234,56", "1,234.56", "−5"). Ambiguous text ("1,500") is #VALUE!, and so is text with two signs
  ("(-5 000)"), two currencies ("€5$") or a line break or tab inside the number. Text that overflows
  ("1e999", a 400-digit number) is #NUM! naming the argument.
- FR : Le texte numérique est lu comme on le tape en finance ("10 000 €", "1,5", "40 %", "(500)",
  "1.234,56", "1 234,56", "1,234.56", "−5"). Un texte ambigu ("1,500") donne #VALUE!, comme un texte à
  deux signes ("(-5 000)"), deux devises ("€5$") ou un saut de ligne ou une tabulation dans le nombre.
  Un texte qui déborde ("1e999", un nombre de 400 chiffres) donne #NUM! en nommant l'argument.
- EN: Every message names the argument and the bad value (quoted on at most 40 characters, then
  "…") and the real bound ("weeks_per_year must be at most 53 (got 60)"). A result that is not finite
  once rounded to 15 digits is #NUM! naming the function and its arguments. Codes and words are
  matched against the function's own list only: "constructor", "__proto__" or "toString" are unknown
  codes (#N/A). A risk level given as a number other than 1, 2 or 3 is #NUM!; an unknown word is #N/A.
- FR : Chaque message nomme l'argument et la valeur fautive (citée sur 40 caractères au plus, puis
  « … ») et la vraie borne. Un résultat non fini une fois arrondi à 15 chiffres donne #NUM! en nommant
  la fonction et ses arguments. Codes et mots ne sont cherchés que dans la liste de la fonction :
  "constructor", "__proto__" ou "toString" sont des codes inconnus (#N/A). Un niveau de risque donné
  par un nombre autre que 1, 2 ou 3 donne #NUM! ; un mot inconnu, #N/A.
- EN: An error cell in an input (#REF!, #N/A, #DIV/0!…) gives that same error for its own element
  only; the rest of the spill is computed. Errors Excel cannot return from a function (#REF!, #NAME?)
  and host-only ones (#SPILL!, #CALC!…) become #VALUE! naming the error. Text
  that is exactly an error code ("#N/A") is read as that error.
- FR : Une cellule d'entrée en erreur (#REF!, #N/A, #DIV/0!…) donne la même erreur pour son seul
  élément ; le reste du tableau est calculé. Les erreurs qu'Excel ne peut pas renvoyer d'une fonction
  (#REF!, #NAME?) et celles propres à l'hôte (#SPILL!, #CALC!…) deviennent #VALUE! en la nommant. Un texte qui est exactement un code d'erreur ("#N/A") est lu comme cette erreur.
- EN: WEIGHTEDSCORE on a square matrix follows the weights: a column of weights means criteria in
  rows (one score per column), a row of weights criteria in columns. An empty range is blank.
- FR : WEIGHTEDSCORE sur une matrice carrée suit les poids : une colonne de poids veut dire des
  critères en lignes (un score par colonne), une ligne de poids des critères en colonnes. Une plage
  vide compte comme vide.

### What hosts do that Boussole cannot change — Ce que font les hôtes

- EN: TRUE/FALSE are not numbers: a boolean where a number is expected is #VALUE! (write 1 or 0).
  FR : VRAI/FAUX ne sont pas des nombres : un booléen à la place d'un nombre donne #VALUE! (écrivez
  1 ou 0).
- EN: Excel shows a custom message only for #VALUE! and #N/A; for #NUM! and #DIV/0! it shows the code
  alone. Google Sheets shows every message. FR : Excel n'affiche un message personnalisé que pour
  #VALUE! et #N/A ; pour #NUM! et #DIV/0! il n'affiche que le code. Google Sheets affiche tous les
  messages.
- EN: Excel desktop on Windows has been reported to pass 0 for an empty cell inside a range. A blank
  row then reads as a row of zeros instead of a blank row, with the results below instead of a blank
  result. A blank row is safest left out of the range. FR : Excel pour Windows passerait 0 pour une
  cellule vide dans une plage. Une ligne vide est alors lue comme une ligne de zéros au lieu d'une
  ligne vide, avec les résultats ci-dessous au lieu d'un résultat vide. Le plus sûr est de laisser
  les lignes vides hors de la plage.
`;

const show = (c: Cell): string =>
  isError(c) ? `${c.code} (${c.message('en')})` : typeof c === 'string' ? `"${c}"` : String(c);

/**
 * What one blank row gives when the host reads it as zeros: every required cell argument 0 (optional
 * ones left out, weights as in the first example), or, for a function over whole rows, a row of
 * zeros as wide as its first example's.
 */
export function zeroRowResult(fn: FunctionSpec): string {
  const example = fn.examples[0]?.args ?? [];
  const args: RawArg[] = fn.params.map((p, i) => {
    if (p.type === 'numbers' && p.role === 'rows') {
      const ex = example[i];
      const rows = Array.isArray(ex) ? (Array.isArray(ex[0]) ? (ex as unknown[][]) : [ex]) : [[ex]];
      const width = rows.length > 1 && rows[0].length > 1 ? rows[0].length : rows.flat().length;
      return [new Array<number>(width).fill(0)];
    }
    if (p.type === 'numbers') return (example[i] ?? null) as RawArg;
    return p.optional || p.type === 'lang' ? null : 0;
  });
  const out = evaluate(fn, args, { lang: 'en' });
  return out.length === 1 ? out[0].map(show).join(', ') : show(out[0][0]);
}

export function hostNotesMarkdown(): string {
  const rows = CATALOGUE.map((fn) => `| ${fn.id} | ${zeroRowResult(fn).replace(/\|/g, '\\|')} |`);
  return [
    RULES,
    'A blank row read as zeros gives (blank everywhere else):',
    'Une ligne vide lue comme des zéros donne (vide partout ailleurs) :',
    '',
    '| function | result |',
    '|---|---|',
    ...rows,
    '',
  ].join('\n');
}
