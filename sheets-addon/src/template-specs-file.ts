/** The project's HTML file holding template-specs.ts as built, and the global it defines. */
export const TEMPLATE_SPECS = { file: 'TemplateSpecs', global: 'BoussoleTemplateSpecs' } as const;
