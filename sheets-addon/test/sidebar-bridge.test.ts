/**
 * The sidebar's Sheets bridge: each method, the Portfolio view's included, is exactly one
 * google.script.run call to the server function of its role, with the request as sent.
 */
import { SHEETS_CALLS, type ColumnWrite } from '@boussole/panel/protocol';
import { canWriteColumn } from '../../panel/src/portfolio/write-back';
import { createSheetsBridge } from '../sidebar/bridge';

type Call = { name: string; args: unknown[] };

/** A google.script.run that records each call and answers it with `reply(name)`. */
function installRun(reply: (name: string) => unknown): Call[] {
  const calls: Call[] = [];
  const runner = (ok: (v: unknown) => void) =>
    new Proxy(
      {},
      {
        get: (_, name: string) => {
          if (name === 'withSuccessHandler') return (f: (v: unknown) => void) => runner(f);
          if (name === 'withFailureHandler') return () => runner(ok);
          return (...args: unknown[]) => {
            calls.push({ name, args });
            ok(reply(name));
          };
        },
      }
    );
  (globalThis as { google?: unknown }).google = { script: { run: runner(() => undefined) } };
  return calls;
}

afterEach(() => delete (globalThis as { google?: unknown }).google);

test('the sidebar bridge has the Portfolio capability, one call per method', async () => {
  const calls = installRun((name) =>
    name === SHEETS_CALLS.writeColumn
      ? { status: 'written', address: 'D2:D4' }
      : { blocks: [{ sheet: 'Portfolio', row: 1, column: 1, values: [['Project']] }] }
  );
  const bridge = createSheetsBridge();
  expect(canWriteColumn(bridge)).toBe(true);
  const request: ColumnWrite = {
    sheet: 'Portfolio',
    row: 2,
    column: 4,
    header: 'Funded',
    note: 'Budget 100',
    values: ['=1', 0],
    overwrite: false,
  };
  expect(await bridge.writeColumn(request)).toEqual({ status: 'written', address: 'D2:D4' });
  expect((await bridge.readPortfolio()).blocks[0].sheet).toBe('Portfolio');
  expect(calls).toEqual([
    { name: 'panelWriteColumn', args: [request] },
    { name: 'panelReadPortfolio', args: [] },
  ]);
});
