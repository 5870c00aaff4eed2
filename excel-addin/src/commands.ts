/**
 * Ribbon command names: the manifest generator writes them as <FunctionName> and the page
 * associates the same names with Office.actions.associate, so they come from one place.
 */
import type { TemplateId } from '@boussole/core';

/** "process-audit" → "insertProcessAudit", "roadmap-90" → "insertRoadmap90". */
export function templateCommand(id: TemplateId): string {
  return `insert${id.replace(/(^|-)(\w)/g, (_, _dash: string, c: string) => c.toUpperCase())}`;
}
