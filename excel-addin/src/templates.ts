/**
 * insertTemplate(id, options) as the ribbon and the panel call it: core resolves the id, the
 * options and the language (the display language when none is given), the renderer draws the
 * spec. Returns the new sheet's name.
 */
import { resolveTemplate } from '@boussole/core';
import { hostLang } from './lang';
import { insertSheet } from './render-template';

export function insertTemplate(id: unknown, options?: unknown): Promise<string> {
  try {
    return insertSheet(resolveTemplate(id, options, hostLang()));
  } catch (e) {
    return Promise.reject(e);
  }
}
