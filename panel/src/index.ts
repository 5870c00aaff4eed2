/**
 * @boussole/panel: the priority-scoring panel shared by the Excel task pane and the Sheets
 * sidebar. It talks only to a HostBridge; each host supplies one.
 */
import './panel.css';
import type { HostBridge } from './protocol/bridge';
import { demoKindOf, demoSizeOf, registerSizeOf } from './demo';
import { isPreviewBridge } from './preview-bridge';
import { PORTFOLIO_SHEETS } from './protocol/bridge';
import { h } from './ui/dom';
import { Panel, type PanelOptions } from './ui/panel';
import { previewView } from './ui/preview';

export type { Lang } from '@boussole/core';
export type * from './protocol/bridge';
export { createPreviewBridge } from './preview-bridge';
export type { Host, PanelOptions } from './ui/panel';

/**
 * Draws the panel into root and reads the table at once, so that it opens scored. In preview the
 * page also shows the demo workbook the panel works on, loaded in the panel's language: the four
 * method projects, or the one named by ?demo=portfolio|empty (links, benchmarks), the generated
 * portfolio at the size ?projects=N asks for.
 */
export function mountPanel(root: HTMLElement, bridge: HostBridge, options: PanelOptions): void {
  const host = h('div', { class: 'bp-panel', lang: options.lang });
  root.classList.add('bp-root', `bp-host-${options.host}`);
  const panel = new Panel(host, bridge, options.lang);
  if (isPreviewBridge(bridge)) {
    const { workbook } = bridge;
    const kind = demoKindOf(location.search);
    const size = demoSizeOf(location.search);
    const register = registerSizeOf(location.search);
    workbook.load(kind, options.lang, size, register);
    const view = previewView(
      workbook,
      kind,
      () => panel.lang,
      (kind) => {
        workbook.load(kind, panel.lang, size, register);
        void panel.readTable();
      }
    );
    panel.onLanguage = view.redraw;
    // The view a user opens shows the sheet it reads, as a user would click its tab.
    panel.onView = (v) => {
      const sheets = workbook.sheets.map((s) => s.name);
      const name = v === 'portfolio' ? sheets.find((s) => PORTFOLIO_SHEETS.includes(s)) : sheets[0];
      if (name) workbook.activate(name);
    };
    root.replaceChildren(h('div', { class: 'bp-preview' }, view.element, host));
  } else {
    root.replaceChildren(host);
  }
  panel.build();
  void panel.readTable();
}
