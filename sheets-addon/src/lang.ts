/**
 * The language Boussole speaks to the current user. Apps Script gives the user's locale through
 * Session.getActiveUserLocale() without any scope, so it is safe in AuthMode.NONE (the add-on menu).
 * Custom functions answer in the spreadsheet's locale, which every viewer shares, so one cell reads
 * the same for everyone (the Spreadsheet service is readable from custom functions); then the
 * user's locale, then French (docs/architecture.md).
 */
import { langFromTag, type Lang } from '@boussole/core';

function read(f: () => string): string | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

let user: Lang | undefined;
let calc: Lang | undefined;

/** The user's language, without touching the document (menus, dialogs). */
export function userLang(): Lang {
  user ??= langFromTag(read(() => Session.getActiveUserLocale())) ?? 'fr';
  return user;
}

/** The language of custom-function messages and labels: spreadsheet, else user, else French. */
export function functionLang(): Lang {
  calc ??=
    langFromTag(read(() => SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale())) ??
    langFromTag(read(() => Session.getActiveUserLocale())) ??
    'fr';
  return calc;
}
