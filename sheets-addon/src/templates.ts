/**
 * insertTemplate(id, options) as the menu and the panel call it: core resolves the id, the
 * options and the language (the user's when none is given), the renderer draws the spec. Returns
 * the new sheet's name.
 */
import { resolveTemplate } from '@boussole/core';
import { userLang } from './lang';
import { insertSheet } from './render-template';

export function insertTemplate(id: unknown, options?: unknown): string {
  return insertSheet(resolveTemplate(id, options, userLang()));
}
