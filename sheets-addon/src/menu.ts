/**
 * The add-on menu. onOpen runs in AuthMode.NONE when the add-on is installed but not yet used in
 * this spreadsheet: no document access and no PropertiesService, so the menu is built from the
 * user's locale and constants only.
 */
import { templateName } from '@boussole/core';
import { LABELS } from './labels';
import { TEMPLATE_HANDLERS } from './commands';
import { userLang } from './lang';

export function buildMenu(): void {
  const lang = userLang();
  const ui = SpreadsheetApp.getUi();
  const submenu = (examples: boolean) => {
    const menu = ui.createMenu(examples ? LABELS.insertExample[lang] : LABELS.insertTemplate[lang]);
    for (const h of TEMPLATE_HANDLERS)
      if (h.examples === examples) menu.addItem(templateName(h.id, lang), h.name);
    return menu;
  };
  ui.createAddonMenu()
    .addItem(LABELS.panel[lang], 'showPanel')
    .addSeparator()
    .addSubMenu(submenu(false))
    .addSubMenu(submenu(true))
    .addSeparator()
    .addItem(LABELS.reference[lang], 'showFunctionReference')
    .addToUi();
}
