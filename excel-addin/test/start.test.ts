/** scripts/start.ts: arguments, the static server (dist/excel only, CORS for Excel), the printed help. */
import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { instructions, parseStartArgs, StartError, staticHandler } from '../../scripts/start';

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
  expect(parseStartArgs(['--port=3001'])).toMatchObject({ port: 3001 });
});

test.each([
  [['--port', 'x'], 'npm start: --port takes a port number from 1 to 65535, got "x"'],
  [['--port', '--http'], 'npm start: --port takes a port number from 1 to 65535, got "--http"'],
  [['--port'], 'npm start: --port takes a port number from 1 to 65535, got nothing'],
  [['--port', '65536'], 'npm start: --port takes a port number from 1 to 65535, got "65536"'],
  [['--port', '-1'], 'npm start: --port takes a port number from 1 to 65535, got "-1"'],
  [['--port', '3e3'], 'npm start: --port takes a port number from 1 to 65535, got "3e3"'],
  [['--port', '80.5'], 'npm start: --port takes a port number from 1 to 65535, got "80.5"'],
  [
    ['--prot', '3001'],
    'npm start: unknown option --prot (options: --port N, --http, --no-build, --local-office-js)',
  ],
])('%j is refused with one line, exit 2', (argv, message) => {
  let thrown: unknown;
  try {
    parseStartArgs(argv);
  } catch (e) {
    thrown = e;
  }
  expect(thrown).toBeInstanceOf(StartError);
  expect((thrown as StartError).message).toBe(message);
  expect((thrown as StartError).exitCode).toBe(2);
});

test('French messages', () => {
  expect(() => parseStartArgs(['--port', 'x'], 'fr')).toThrow(
    'npm start : --port attend un numéro de port de 1 à 65535, reçu "x"'
  );
});

/** Runs scripts/start.ts to its exit: its code and what it printed. */
function runStart(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(
      process.execPath,
      [require.resolve('tsx/cli'), 'scripts/start.ts', ...args],
      {
        cwd: path.join(__dirname, '..', '..'),
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', ...env },
      }
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

test('a busy port is one line and a non-zero exit, no stack trace', async () => {
  const busy = http.createServer();
  await new Promise<void>((resolve) => busy.listen(0, 'localhost', resolve));
  const port = (busy.address() as AddressInfo).port;
  try {
    const r = await runStart(['--port', String(port), '--http', '--no-build']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`port ${port} is in use — run npm start -- --port ${port + 1}\n`);
    expect(r.stdout).toBe('');
  } finally {
    await new Promise((resolve) => busy.close(resolve));
  }
}, 30_000);

test('--no-build without a build says to build first', async () => {
  const empty = mkdtempSync(path.join(os.tmpdir(), 'boussole-nodist-'));
  const r = await runStart(['--port', '0', '--http', '--no-build'], { BOUSSOLE_DIST: empty });
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(
    /^npm start --no-build: .* has no build — run npm run build first \(or npm start without --no-build\)\n$/
  );
}, 30_000);

test('a bad --port from the command line: exit 2, one line', async () => {
  const r = await runStart(['--port', '--http']);
  expect(r.code).toBe(2);
  expect(r.stderr).toBe('npm start: --port takes a port number from 1 to 65535, got "--http"\n');
}, 30_000);

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
