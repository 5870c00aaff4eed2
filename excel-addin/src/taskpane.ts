/**
 * Entry of taskpane.html, the one page of the shared runtime. In Excel it registers the ribbon
 * commands (commands.ts) and mounts the panel on the Excel bridge. Outside Office — office.js
 * absent, or Office.onReady reporting no host — it mounts the panel in preview mode on an
 * in-memory demo workbook.
 */
import type { TemplateOptions } from '@boussole/core';
import { createPreviewBridge, mountPanel } from '@boussole/panel';
import { createExcelBridge } from './bridge';
import { registerCommands } from './commands';
import { hostLang, previewLang } from './lang';
import './taskpane.css';

function root(): HTMLElement {
  const el = document.getElementById('boussole-panel');
  if (!el) throw new Error('taskpane.html has no #boussole-panel element');
  return el;
}

function startPreview(): void {
  const lang = previewLang(location.search, navigator.languages ?? [navigator.language]);
  document.documentElement.lang = lang;
  const scoring = (o: TemplateOptions) => import('./templates').then((m) => m.scoringTemplate(o));
  mountPanel(root(), createPreviewBridge(scoring), { lang, host: 'preview' });
}

export function start(): void {
  if (typeof Office === 'undefined') {
    // office.js did not load (offline, blocked): the page still shows the preview.
    startPreview();
    return;
  }
  // At once, not in onReady: a ribbon click that starts the runtime must find its handler.
  // Outside Excel the associations are inert.
  registerCommands();
  Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel) {
      startPreview();
      return;
    }
    const lang = hostLang();
    document.documentElement.lang = lang;
    mountPanel(root(), createExcelBridge(), { lang, host: 'excel' });
  });
}

start();
