/**
 * The Apps Script bundle (esbuild IIFE, global BoussoleSheets). Apps Script only calls top-level
 * functions, so the build appends a declaration for every AI_<ID> (with its @customfunction JSDoc)
 * and for every entry of TOP_LEVEL below: triggers, menu handlers, and the panel's server functions
 * that google.script.run calls. TOP_LEVEL is the one list of those names.
 */
import { PANEL_SERVER_FUNCTIONS } from './bridge-server';
import { insertFromMenu, TEMPLATE_HANDLERS } from './commands';
import { showFunctionReference, showPanel } from './dialogs';
import { buildMenu } from './menu';
import { insertTemplate } from './templates';

export { callFunction } from './functions';

type TopLevel = (...args: never[]) => unknown;

function topLevel(...groups: Record<string, TopLevel>[]): Record<string, TopLevel> {
  const out: Record<string, TopLevel> = {};
  for (const group of groups)
    for (const [name, f] of Object.entries(group)) {
      // Two functions of one name would silently shadow each other in Apps Script.
      if (name in out) throw new Error(`Two top-level functions named ${name}`);
      out[name] = f;
    }
  return out;
}

export const TOP_LEVEL = topLevel(
  {
    onOpen: () => buildMenu(),
    onInstall: () => buildMenu(),
    insertTemplate,
    showPanel,
    showFunctionReference,
  },
  Object.fromEntries(
    TEMPLATE_HANDLERS.map((h) => [h.name, () => insertFromMenu(h.id, h.examples)])
  ),
  PANEL_SERVER_FUNCTIONS
);
