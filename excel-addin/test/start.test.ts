/** scripts/start.ts: arguments, the static server (dist/excel only, CORS for Excel), the printed help. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { instructions, parseStartArgs, staticHandler } from '../../scripts/start';

test('arguments: port 3000 and HTTPS by default', () => {
  expect(parseStartArgs([])).toEqual({
    port: 3000,
    http: false,
    build: true,
    localOfficeJs: false,
  });
  expect(parseStartArgs(['--port', '0', '--http', '--no-build', '--local-office-js'])).toEqual({
    port: 0,
    http: true,
    build: false,
    localOfficeJs: true,
  });
  expect(() => parseStartArgs(['--port', 'x'])).toThrow(/--port/);
});

describe('static server', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'boussole-serve-'));
  const root = path.join(dir, 'excel');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'taskpane.html'), '<!doctype html>');
  writeFileSync(path.join(root, 'functions.json'), '{}');
  writeFileSync(path.join(dir, 'secret.txt'), 'outside');
  let server: http.Server;
  let base: string;

  beforeAll(async () => {
    server = http.createServer(staticHandler(root));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  test('serves files with their type and the CORS header Excel needs', async () => {
    const r = await fetch(`${base}/functions.json`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/application\/json/);
    expect(r.headers.get('access-control-allow-origin')).toBe('*');
    expect((await fetch(`${base}/`)).status).toBe(200);
  });

  test.each(['/../secret.txt', '/%2e%2e/secret.txt', '/assets', '/missing.js', '/%E0%A4%A'])(
    '%s is not served',
    async (p) => {
      const r = await fetch(`${base}${p}`);
      expect([400, 404]).toContain(r.status);
    }
  );
});

test('the printed help gives the preview URL, the manifest and both sideload routes, FR and EN', () => {
  const en = instructions('https://localhost:3000', 'en', ['/x/boussole-demo-fr.xlsx']);
  expect(en).toContain('https://localhost:3000/taskpane.html');
  expect(en).toContain('Upload My Add-in');
  expect(en).toContain(
    'npx office-addin-debugging start dist/excel/manifest.xml desktop --app excel --dev-server-port 3000'
  );
  expect(en).not.toContain('HTTP');
  const fr = instructions('http://localhost:3001', 'fr', 'not implemented', 'no certificate');
  expect(fr).toContain('Charger mon complément');
  expect(fr).toContain('HTTPS');
  expect(fr).toContain('no certificate');
  expect(fr).toContain('not implemented');
});
