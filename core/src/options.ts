/** Option objects that cross a host boundary, checked by core's schema validators. */
import { LANGS } from './i18n';
import { boolean, object, oneOf, optional, type Infer } from './schema';

/** insertTemplate(id, { lang, examples }) in every host. */
export const templateOptionsSchema = object({
  lang: optional(oneOf(LANGS)),
  examples: optional(boolean()),
});
export type TemplateOptions = Infer<typeof templateOptionsSchema>;
