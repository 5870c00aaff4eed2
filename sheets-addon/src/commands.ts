/**
 * The menu's "insert template" commands. Menus call functions by name, so each template needs its
 * own top-level handler, named by core's templateCommand; the build declares one per entry of
 * TEMPLATE_HANDLERS (sheets-addon/src/index.ts).
 */
import { TEMPLATE_IDS, templateCommand, type TemplateId } from '@boussole/core';
import { LABELS } from './labels';
import { userLang } from './lang';
import { insertTemplate } from './templates';

export const TEMPLATE_HANDLERS: readonly { id: TemplateId; examples: boolean; name: string }[] = [
  false,
  true,
].flatMap((examples) =>
  TEMPLATE_IDS.map((id) => ({ id, examples, name: templateCommand(id, examples) }))
);

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
