/** The Sheets sidebar entry: the panel over the google.script.run bridge (built into Sidebar.html). */
import { langFromTag } from '@boussole/core';
import { mountPanel } from '@boussole/panel';
import { createSheetsBridge } from './bridge';

const root = document.getElementById('app') ?? document.body;
mountPanel(root, createSheetsBridge(), {
  host: 'sheets',
  lang: langFromTag(navigator.language) ?? 'fr',
});
