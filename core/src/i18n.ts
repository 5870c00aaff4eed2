/** The two languages every user-visible string exists in. */
export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A user-visible text in both languages. */
export type Text = Readonly<Record<Lang, string>>;

/** Reads a language tag such as "fr", "en-GB" or "FR_fr"; undefined when it is neither language. */
export function langFromTag(tag: unknown): Lang | undefined {
  if (typeof tag !== 'string') return undefined;
  const head = tag.trim().slice(0, 2).toLowerCase();
  return head === 'fr' || head === 'en' ? head : undefined;
}

/** Folds case and accents so that "Élevé", "eleve" and "ELEVE" compare equal. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase();
}
