/**
 * taskpane.ts, the shared-runtime page entry: which bridge and mode the panel gets, and the ribbon
 * commands (one per template, each calling insertTemplate then event.completed()). The panel, the
 * Excel bridge and the renderer are replaced by recorders; Office by a small fake.
 */
import { TEMPLATE_IDS, templateCommand, type TemplateOptions } from '@boussole/core';

interface Mounted {
  root: unknown;
  bridge: string;
  options: { lang: string; host: string };
}

type Handler = (event: { completed: () => void }) => unknown;

interface World {
  mounted: Mounted[];
  inserted: [string, TemplateOptions][];
  handlers: Map<string, Handler>;
  readyWith?: (info: { host: string | null }) => void;
}

const ROOT_ELEMENT = { id: 'boussole-panel' };

/** Loads taskpane.ts afresh in a world where Office is `office` (undefined: office.js absent). */
function loadPage(options: {
  office: boolean;
  displayLanguage?: string;
  search?: string;
  insert?: (id: string) => Promise<string>;
}): World {
  const world: World = { mounted: [], inserted: [], handlers: new Map() };
  const g = global as unknown as Record<string, unknown>;
  g.document = {
    getElementById: (id: string) => (id === 'boussole-panel' ? ROOT_ELEMENT : null),
    documentElement: { lang: '' },
  };
  g.location = { search: options.search ?? '' };
  g.navigator = { languages: ['en-GB'], language: 'en-GB' };
  if (options.office) {
    g.Office = {
      HostType: { Excel: 'Excel' },
      context: { displayLanguage: options.displayLanguage },
      onReady: (cb: (info: { host: string | null }) => void) => {
        world.readyWith = cb;
      },
      actions: {
        associate: (name: string, fn: Handler) => void world.handlers.set(name, fn),
      },
    };
  } else {
    delete g.Office;
  }
  jest.isolateModules(() => {
    jest.doMock('../src/taskpane.css', () => ({}));
    jest.doMock('@boussole/panel', () => ({
      mountPanel: (root: unknown, bridge: string, opts: Mounted['options']) =>
        world.mounted.push({ root, bridge, options: opts }),
      createPreviewBridge: () => 'preview-bridge',
    }));
    jest.doMock('../src/bridge', () => ({ createExcelBridge: () => 'excel-bridge' }));
    jest.doMock('../src/templates', () => ({
      insertTemplate: (id: string, opts: TemplateOptions) => {
        world.inserted.push([id, opts]);
        return options.insert ? options.insert(id) : Promise.resolve(`sheet ${id}`);
      },
    }));
    require('../src/taskpane');
  });
  return world;
}

afterEach(() => {
  // The commands import ../src/templates on demand, after isolateModules: each test its own mock.
  jest.resetModules();
  const g = global as unknown as Record<string, unknown>;
  for (const k of ['document', 'location', 'navigator', 'Office']) delete g[k];
});

test('in Excel: the panel mounts on the Excel bridge in the display language', () => {
  const world = loadPage({ office: true, displayLanguage: 'en-US' });
  expect(world.mounted).toEqual([]);
  world.readyWith?.({ host: 'Excel' });
  expect(world.mounted).toEqual([
    { root: ROOT_ELEMENT, bridge: 'excel-bridge', options: { lang: 'en', host: 'excel' } },
  ]);
});

test('one ribbon command per template, named as the manifest names them, before onReady', () => {
  const world = loadPage({ office: true, displayLanguage: 'fr-FR' });
  // Registered as the script runs: a click that starts the runtime must find its handler.
  expect([...world.handlers.keys()]).toEqual(TEMPLATE_IDS.map((id) => templateCommand(id, false)));
});

test('a command inserts its template in the display language, then completes', async () => {
  const world = loadPage({ office: true, displayLanguage: 'fr-FR' });
  world.readyWith?.({ host: 'Excel' });
  const completed = jest.fn();
  await world.handlers.get(templateCommand('risk-matrix', false))?.({ completed });
  expect(world.inserted).toEqual([['risk-matrix', { lang: 'fr' }]]);
  expect(completed).toHaveBeenCalledTimes(1);
});

test('a failed insert still completes the command, and says why in the console', async () => {
  const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const world = loadPage({
    office: true,
    displayLanguage: 'en-US',
    insert: () => Promise.reject(new Error('boom')),
  });
  world.readyWith?.({ host: 'Excel' });
  const completed = jest.fn();
  await world.handlers.get(templateCommand('budget', false))?.({ completed });
  expect(completed).toHaveBeenCalledTimes(1);
  expect(error).toHaveBeenCalledWith(expect.stringContaining('budget'), expect.any(Error));
  error.mockRestore();
});

test('outside Office (Office.onReady with no host): preview mode', () => {
  const world = loadPage({ office: true, search: '?lang=fr' });
  world.readyWith?.({ host: null });
  expect(world.mounted).toEqual([
    { root: ROOT_ELEMENT, bridge: 'preview-bridge', options: { lang: 'fr', host: 'preview' } },
  ]);
});

test('office.js absent: preview at once, in the browser language', () => {
  const world = loadPage({ office: false });
  expect(world.mounted).toEqual([
    { root: ROOT_ELEMENT, bridge: 'preview-bridge', options: { lang: 'en', host: 'preview' } },
  ]);
});
