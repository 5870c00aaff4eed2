/**
 * insertTemplate(id, options) as the menu and the panel call it: checks the id and the options,
 * fills the language from the user's, and hands over to the renderer. Returns the new sheet's name.
 */
import { isTemplateId, templateOptionsSchema, TEMPLATE_IDS, type TemplateId } from '@boussole/core';
import { LABELS } from './labels';
import { userLang } from './locale';
import { insertTemplate as render } from './render-template';

export function insertTemplate(id: unknown, options?: unknown): string {
  const lang = userLang();
  if (!isTemplateId(id))
    throw new Error(
      `${LABELS.unknownTemplate[lang]}${JSON.stringify(id)} (${TEMPLATE_IDS.join(', ')})`
    );
  const parsed = templateOptionsSchema.safeParse(options ?? {});
  if (!parsed.success) throw new Error(`${LABELS.badOptions[lang]}${JSON.stringify(options)}`);
  return render(id, { lang: parsed.data.lang ?? lang, examples: parsed.data.examples ?? false });
}

/** What a template menu item runs: insert, then say which sheet was created (or why not). */
export function insertFromMenu(id: TemplateId, examples: boolean): void {
  const lang = userLang();
  try {
    const name = insertTemplate(id, { lang, examples });
    SpreadsheetApp.getActiveSpreadsheet().toast(`${LABELS.inserted[lang]}${name}`, 'Boussole');
  } catch (e) {
    SpreadsheetApp.getUi().alert(
      `${LABELS.failed[lang]}${e instanceof Error ? e.message : String(e)}`
    );
  }
}
