/**
 * The Sheets sidebar entry: the panel over the google.script.run bridge (built into Sidebar.html).
 * Its language is the page's lang attribute, which the server sets to the menus' language.
 */
import { langFromTag } from '@boussole/core';
import { mountPanel } from '@boussole/panel';
import { createSheetsBridge } from './bridge';

const root = document.getElementById('app') ?? document.body;
mountPanel(root, createSheetsBridge(), {
  host: 'sheets',
  lang: langFromTag(document.documentElement.lang) ?? 'fr',
});
