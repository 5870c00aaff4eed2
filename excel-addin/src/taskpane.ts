/**
 * Entry of taskpane.html, the one page of the shared runtime. In Excel it registers the ribbon
 * commands (one per template) and mounts the panel on the Excel bridge. Outside Office — office.js
 * absent, or Office.onReady reporting no host — it mounts the panel in preview mode on an
 * in-memory demo workbook.
 */
import { TEMPLATE_IDS, type TemplateId } from '@boussole/core';
import { createPreviewBridge, mountPanel } from '@boussole/panel';
import { templateCommand } from './commands';
import { hostLang, previewLang } from './lang';
import { createExcelBridge } from './panel-bridge';
import { insertTemplate } from './render-template';
import './taskpane.css';

/** The ribbon's "insert template" menu items: insert, then tell Office the command is done. */
export function registerCommands(): void {
  for (const id of TEMPLATE_IDS) {
    Office.actions.associate(templateCommand(id), (event: Office.AddinCommands.Event) =>
      runCommand(id, event)
    );
  }
}

async function runCommand(id: TemplateId, event: Office.AddinCommands.Event): Promise<void> {
  try {
    await insertTemplate(id, { lang: hostLang() });
  } catch (e) {
    // A ribbon command has no UI of its own; the error stays visible in the runtime's console.
    console.error(`Boussole: inserting template ${id} failed`, e);
  } finally {
    event.completed();
  }
}

function root(): HTMLElement {
  const el = document.getElementById('boussole-panel');
  if (!el) throw new Error('taskpane.html has no #boussole-panel element');
  return el;
}

function startPreview(): void {
  const lang = previewLang(location.search, navigator.languages ?? [navigator.language]);
  document.documentElement.lang = lang;
  mountPanel(root(), createPreviewBridge(), { lang, host: 'preview' });
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
