/** docs/ai-act.md carries the core's calendar and "as of" date, in both languages. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  AI_ACT_AS_OF,
  AI_ACT_MILESTONES,
  DATE_STATUSES,
  MILESTONE_IDS,
  type Lang,
} from '@boussole/core';

const DOC = readFileSync(path.resolve(__dirname, '..', 'docs', 'ai-act.md'), 'utf8');

const MONTHS: Record<Lang, readonly string[]> = {
  fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
}; // prettier-ignore

const show = (iso: string | null, lang: Lang): string => {
  if (!iso) return '—';
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[lang][m - 1]} ${y}`;
};

describe.each(['fr', 'en'] as const)('docs/ai-act.md (%s)', (lang) => {
  test('the calendar table is the core data, row by row', () => {
    for (const id of MILESTONE_IDS) {
      const m = AI_ACT_MILESTONES[id];
      const row = `| ${show(m.from, lang)} | ${m.what[lang]} | ${show(m.before, lang)} | ${DATE_STATUSES[m.status][lang]} | ${m.source[lang]} |`;
      expect(DOC).toContain(row);
    }
  });

  test('the "as of" date is the core one', () => {
    const [y, m, d] = AI_ACT_AS_OF.split('-').map(Number);
    const long = {
      fr: `À jour au ${d} ${['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'][m - 1]} ${y}`,
      en: `As of ${d} ${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1]} ${y}`,
    }; // prettier-ignore
    expect(DOC).toContain(long[lang]);
  });
});
