/** The templates as host-neutral sheet specs, and what renderers share. */
import { processAudit } from './process-audit';
import { calculators } from './calculators';
import { priorityScoring } from './priority-scoring';
import { kpiDashboard } from './kpi-dashboard';
import { riskMatrix } from './risk-matrix';
import { roadmap90 } from './roadmap-90';
import { checklists } from './checklists';
import { vendorMatrix } from './vendor-matrix';
import { maturity } from './maturity';
import { aiAct } from './ai-act';
import { budget } from './budget';
import { useCases } from './use-cases';
import { businessCase } from './business-case';
import { pilotTracking } from './pilot-tracking';
import { portfolio } from './portfolio';
import { isTemplateId, TEMPLATE_IDS, type TemplateId } from './ids';
import type { Lang } from '../i18n';
import { templateOptionsSchema } from '../options';
import type { BuildOptions, SheetSpec } from './types';

export * from './ids';
export * from './types';
export * from './a1';
export * from './names';
export * from './grid';
export { printAreas, printBlock, PAGE, PRINT_ROOM_ROWS } from './layout';
export { STYLES, COLORS, FORMATS, dateSerial, dateFormat } from './styles';

const BUILDERS: Readonly<Record<TemplateId, (o: BuildOptions) => SheetSpec>> = {
  'process-audit': processAudit,
  calculators,
  'priority-scoring': priorityScoring,
  'kpi-dashboard': kpiDashboard,
  'risk-matrix': riskMatrix,
  'roadmap-90': roadmap90,
  checklists,
  'vendor-matrix': vendorMatrix,
  maturity,
  'ai-act': aiAct,
  budget,
  'use-cases': useCases,
  'business-case': businessCase,
  'pilot-tracking': pilotTracking,
  portfolio,
};

/** French by default, as the method's sources; examples off (a blank, formula-ready form). */
export function buildTemplate(
  id: TemplateId,
  options: { lang?: Lang; examples?: boolean } = {}
): SheetSpec {
  return BUILDERS[id]({ lang: options.lang ?? 'fr', examples: options.examples ?? false });
}

/** An error naming the valid ids, in the user's language, for an id that is not a template. */
export function unknownTemplate(id: unknown, lang: Lang): Error {
  const list = TEMPLATE_IDS.join(', ');
  return new Error(
    lang === 'fr'
      ? `Modèle inconnu : ${String(id)}. Modèles : ${list}.`
      : `Unknown template: ${String(id)}. Templates: ${list}.`
  );
}

/** An error for options that are not { lang, examples }, in the user's language. */
export function invalidTemplateOptions(options: unknown, lang: Lang): Error {
  return new Error(
    lang === 'fr'
      ? `Options invalides ; attendu { lang: "fr" | "en", examples: true | false } : ${JSON.stringify(options)}`
      : `Invalid options; expected { lang: "fr" | "en", examples: true | false }: ${JSON.stringify(options)}`
  );
}

/**
 * The one path from what a host received (menu, ribbon, panel) to a sheet spec: checks the id and
 * the options and builds the template, in the language asked for, else the user's (`userLang`).
 * Errors speak that language too. Renderers take only the spec this returns.
 */
export function resolveTemplate(id: unknown, options: unknown, userLang: Lang): SheetSpec {
  const parsed = templateOptionsSchema.safeParse(options ?? {});
  const lang = (parsed.success && parsed.data.lang) || userLang;
  if (!isTemplateId(id)) throw unknownTemplate(id, lang);
  if (!parsed.success) throw invalidTemplateOptions(options, lang);
  return buildTemplate(id, { lang, examples: parsed.data.examples ?? false });
}
