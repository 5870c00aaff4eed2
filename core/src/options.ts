/** Option objects that cross a host boundary, validated with zod/mini (small enough to ship). */
import * as z from 'zod/mini';
import { LANGS } from './i18n';

export const langSchema = z.enum(LANGS);

/** insertTemplate(id, { lang, examples }) in every host. */
export const templateOptionsSchema = z.object({
  lang: z.optional(langSchema),
  examples: z.optional(z.boolean()),
});
export type TemplateOptions = z.infer<typeof templateOptionsSchema>;
