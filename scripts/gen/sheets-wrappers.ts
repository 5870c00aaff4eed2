/**
 * The top-level AI_<ID> functions of dist/sheets/Code.js. esbuild drops comments, so the
 * @customfunction JSDoc Sheets reads must be generated beside the bundle (docs/architecture.md); parameter names
 * are spelled out because Sheets shows no arguments without them. Sheets has no localised JSDoc,
 * so each text is given in English then French.
 */
import { CATALOGUE, type FunctionSpec, type ParamSpec } from '@boussole/core';

/** The global the esbuild IIFE of the Sheets add-on assigns, and the function each wrapper calls. */
export const SHEETS_GLOBAL = 'BoussoleSheets';
export const SHEETS_CALL = 'callFunction';

const both = (t: { fr: string; en: string }): string => `${t.en} — ${t.fr}`;

function jsdocType(p: ParamSpec): string {
  if (p.type === 'numbers') return 'number[][]';
  if (p.type === 'number') return 'number|number[][]';
  return 'string|string[][]';
}

export function sheetsWrapper(fn: FunctionSpec): string {
  const names = fn.params.map((p) => p.name);
  const params = fn.params.map(
    (p) => ` * @param {${jsdocType(p)}} ${p.optional ? `[${p.name}]` : p.name} ${both(p.help)}`
  );
  return [
    '/**',
    ` * ${both(fn.summary)}`,
    ...params,
    ` * @return ${both(fn.result.help)}`,
    ' * @customfunction',
    ' */',
    `function AI_${fn.id}(${names.join(', ')}) {`,
    `  return ${SHEETS_GLOBAL}.${SHEETS_CALL}('${fn.id}', [${names.join(', ')}]);`,
    '}',
  ].join('\n');
}

export function sheetsWrappers(catalogue: readonly FunctionSpec[] = CATALOGUE): string {
  return `${catalogue.map(sheetsWrapper).join('\n\n')}\n`;
}

/** The object of the bundle that holds every other top-level function (sheets-addon/src/index.ts). */
export const SHEETS_TOP_LEVEL = 'TOP_LEVEL';

/**
 * One top-level declaration per name (triggers, menu handlers, the panel's server functions), each
 * forwarding its arguments to the bundle. Apps Script finds triggers, menu items and
 * google.script.run targets only among top-level functions; a name ending in "_" would be private.
 */
export function topLevelDeclarations(names: readonly string[]): string {
  const decls = names.map((name) => {
    if (!/^[A-Za-z$][\w$]*$/.test(name) || name.endsWith('_') || /^AI_/i.test(name))
      throw new Error(`${name} cannot be a top-level Apps Script function`);
    return [
      `/** ${name}: generated, see sheets-addon/src/index.ts. */`,
      `function ${name}(...args) {`,
      `  return ${SHEETS_GLOBAL}.${SHEETS_TOP_LEVEL}.${name}(...args);`,
      '}',
    ].join('\n');
  });
  return `${decls.join('\n\n')}\n`;
}
