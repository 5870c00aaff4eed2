/** Office.js template renderer: draws any core template spec into a new worksheet. */
import type { TemplateOptions } from '@boussole/core';

/**
 * Inserts template `id` as a new sheet (never replacing one; a clash gets "Name (2)") and
 * returns the created sheet's name. At most 3 context.sync() calls.
 */
export async function insertTemplate(id: string, options: TemplateOptions): Promise<string> {
  void id;
  void options;
  return Excel.run(async () => {
    throw new Error('insertTemplate: renderer not implemented yet');
  });
}
