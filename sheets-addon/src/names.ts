/**
 * Names of the top-level functions the menu calls. Menus call functions by name, so each template
 * needs its own top-level handler; the build generates them from these names (never ending in "_",
 * which Apps Script keeps private).
 */
import { TEMPLATE_IDS, type TemplateId } from '@boussole/core';

const pascal = (id: string): string =>
  id
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');

/** "process-audit" → "insertTemplateProcessAudit" (blank) or "insertExampleProcessAudit" (with example data). */
export function templateHandlerName(id: TemplateId, examples: boolean): string {
  return `${examples ? 'insertExample' : 'insertTemplate'}${pascal(id)}`;
}

export const TEMPLATE_HANDLERS: readonly { id: TemplateId; examples: boolean; name: string }[] = [
  false,
  true,
].flatMap((examples) =>
  TEMPLATE_IDS.map((id) => ({ id, examples, name: templateHandlerName(id, examples) }))
);
