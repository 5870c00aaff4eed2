/**
 * The template builders, bundled apart into dist/sheets/TemplateSpecs.html (global
 * BoussoleTemplateSpecs): Apps Script loads every script file at each custom-function call, and
 * the 15 templates' texts and builders are half of the add-on's code. templates.ts reads and runs
 * this file only when a template is inserted (docs/performance.md, "Bundles").
 */
export { resolveTemplate } from '@boussole/core';
