/** The sidebars the menu opens: the shared priority panel, and the function reference. */
import { CATALOGUE, functionSignature, type FunctionSpec, type Lang } from '@boussole/core';
import { LABELS } from './labels';
import { userLang } from './lang';

/** The panel page written by the panel build into dist/sheets/Sidebar.html. */
export const SIDEBAR_FILE = 'Sidebar';

/**
 * The sidebar speaks the menus' language (userLang), not the browser's: the page's lang attribute,
 * which the sidebar entry reads, is set here (docs/sheets.md).
 */
export function showPanel(): void {
  const lang = userLang();
  const html = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE)
    .getContent()
    .replace(/<html lang="[a-z]+">/, `<html lang="${lang}">`);
  const page = HtmlService.createHtmlOutput(html).setTitle(`Boussole — ${LABELS.panel[lang]}`);
  SpreadsheetApp.getUi().showSidebar(page);
}

const escapeHtml = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c
  );

function entry(fn: FunctionSpec, lang: Lang): string {
  const params = fn.params
    .map(
      (p) =>
        `<li><code>${escapeHtml(p.name)}</code>${p.optional ? ` (${LABELS.optional[lang]})` : ''} — ${escapeHtml(p.help[lang])}</li>`
    )
    .join('');
  return (
    `<section><h2><code>${escapeHtml(functionSignature(fn, '=AI_', ', '))}</code></h2>` +
    `<p>${escapeHtml(fn.summary[lang])}</p>` +
    `<p><b>${LABELS.arguments[lang]}</b></p><ul>${params}</ul>` +
    `<p><b>${LABELS.result[lang]}</b> ${escapeHtml(fn.result.help[lang])}</p></section>`
  );
}

/** The reference page, generated from the catalogue (texts escaped: nothing in it is markup). */
export function referenceHtml(lang: Lang): string {
  const style =
    'body{font:13px/1.4 Arial,sans-serif;margin:8px}h2{font-size:13px;margin:14px 0 4px}' +
    'code{background:#f1f3f4;padding:0 2px}ul{margin:2px 0 0 16px;padding:0}p{margin:4px 0}';
  return (
    `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><style>${style}</style></head><body>` +
    `<p>${escapeHtml(LABELS.referenceIntro[lang])}</p>${CATALOGUE.map((f) => entry(f, lang)).join('')}` +
    `</body></html>`
  );
}

export function showFunctionReference(): void {
  const lang = userLang();
  const page = HtmlService.createHtmlOutput(referenceHtml(lang)).setTitle(
    `Boussole — ${LABELS.reference[lang]}`
  );
  SpreadsheetApp.getUi().showSidebar(page);
}
