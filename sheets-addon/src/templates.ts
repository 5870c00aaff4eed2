/**
 * insertTemplate(id, options) as the menu and the panel call it: core resolves the id, the
 * options and the language (the user's when none is given), the renderer draws the spec. Returns
 * the new sheet's name. The builders come from the project's TemplateSpecs.html file, read and run
 * once per execution, so that custom-function calls never load them (docs/performance.md,
 * "Bundles").
 */
import type * as Specs from './template-specs';
import { TEMPLATE_SPECS } from './template-specs-file';
import { userLang } from './lang';
import { insertSheet } from './render-template';

let specs: typeof Specs | undefined;

/** The builders' module: the file's raw text (no HTML processing) run as the script it is. */
function templateSpecs(): typeof Specs {
  if (!specs) {
    const source = HtmlService.createTemplateFromFile(TEMPLATE_SPECS.file).getRawContent();
    // Our own build output, shipped in the same project: no user or remote text is run.
    specs = new Function(`${source}\nreturn ${TEMPLATE_SPECS.global};`)() as typeof Specs;
  }
  return specs;
}

export function insertTemplate(id: unknown, options?: unknown): string {
  return insertSheet(templateSpecs().resolveTemplate(id, options, userLang()));
}
