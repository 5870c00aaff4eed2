/** The spreadsheet's UI: menus, sidebars, dialogs, alerts. */
import type { FakeHtmlOutput } from './html';
import type { FakeSheetsWorld } from './world';
import type { GUi, GMenu, GHtmlOutput, Faked } from './types';

export interface FakeMenuItem {
  caption: string;
  functionName?: string;
  submenu?: FakeMenu;
  separator?: boolean;
}

export class FakeMenu implements Faked<
  GMenu,
  'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'
> {
  readonly items: FakeMenuItem[] = [];
  constructor(
    readonly ui: FakeUi,
    /** null for the add-on menu (Sheets titles it with the add-on's name). */
    readonly caption: string | null
  ) {}
  addItem(caption: string, functionName: string): FakeMenu {
    this.items.push({ caption, functionName });
    return this.ui.world.proxyOf(this);
  }
  addSeparator(): FakeMenu {
    this.items.push({ caption: '', separator: true });
    return this.ui.world.proxyOf(this);
  }
  addSubMenu(menu: GMenu): FakeMenu {
    const m = menu as unknown as FakeMenu;
    this.items.push({ caption: m.caption ?? '', submenu: m });
    return this.ui.world.proxyOf(this);
  }
  addToUi(): void {
    this.ui.menus.push(this);
  }
}

export class FakeUi implements Faked<
  GUi,
  'createAddonMenu' | 'createMenu' | 'showSidebar' | 'showModalDialog' | 'alert'
> {
  readonly menus: FakeMenu[] = [];
  readonly sidebars: FakeHtmlOutput[] = [];
  readonly dialogs: { output: FakeHtmlOutput; title: string }[] = [];
  readonly alerts: string[] = [];
  constructor(readonly world: FakeSheetsWorld) {}
  createAddonMenu(): FakeMenu {
    return this.world.proxyOf(new FakeMenu(this, null), 'Menu');
  }
  createMenu(caption: string): FakeMenu {
    return this.world.proxyOf(new FakeMenu(this, caption), 'Menu');
  }
  showSidebar(output: GHtmlOutput): void {
    this.sidebars.push(output as unknown as FakeHtmlOutput);
  }
  showModalDialog(output: GHtmlOutput, title: string): void {
    this.dialogs.push({ output: output as unknown as FakeHtmlOutput, title });
  }
  alert(...args: unknown[]): GoogleAppsScript.Base.Button {
    this.alerts.push(args.filter((a) => typeof a === 'string').join(' — '));
    return 'OK' as unknown as GoogleAppsScript.Base.Button;
  }
}
