/**
 * insertTemplate(id, options) as the ribbon and the panel call it: core resolves the id, the
 * options and the language (the display language when none is given), the renderer draws the
 * spec. Returns the new sheet's name. The task pane imports this module on demand (a separate
 * chunk of taskpane.js): the templates' texts are not needed to open the panel
 * (docs/performance.md, "Bundles").
 */
import {
  buildTemplate,
  resolveTemplate,
  type SheetSpec,
  type TemplateOptions,
} from '@boussole/core';
import { hostLang } from './lang';
import { insertSheet } from './render-template';

export function insertTemplate(id: unknown, options?: unknown): Promise<string> {
  try {
    return insertSheet(resolveTemplate(id, options, hostLang()));
  } catch (e) {
    return Promise.reject(e);
  }
}

/** The priority-scoring spec the preview workbook inserts outside Office. */
export const scoringTemplate = (options: TemplateOptions): SheetSpec =>
  buildTemplate('priority-scoring', options);
