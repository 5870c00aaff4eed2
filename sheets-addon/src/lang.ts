/**
 * The language Boussole speaks to the current user. Apps Script gives the user's locale through
 * Session.getActiveUserLocale() without any scope, so it is safe in AuthMode.NONE (the add-on menu).
 * Custom functions run as an anonymous user, and Session is not among the services documented for
 * them: there the locale may be missing, so they fall back to the spreadsheet's locale (the
 * Spreadsheet service is readable from custom functions), then to French (docs/architecture.md).
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

/** The language of custom-function messages and labels: user, else spreadsheet, else French. */
export function functionLang(): Lang {
  calc ??=
    langFromTag(read(() => Session.getActiveUserLocale())) ??
    langFromTag(read(() => SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale())) ??
    'fr';
  return calc;
}
