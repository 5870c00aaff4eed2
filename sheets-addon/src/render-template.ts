/** Apps Script template renderer: draws any core template spec into a new sheet. */
import type { TemplateOptions } from '@boussole/core';

/**
 * Inserts template `id` as a new sheet (never replacing one; a clash gets "Name (2)") and
 * returns the created sheet's name. A constant number of batched range calls.
 */
export function insertTemplate(id: string, options: TemplateOptions): string {
  void id;
  void options;
  throw new Error('insertTemplate: renderer not implemented yet');
}
