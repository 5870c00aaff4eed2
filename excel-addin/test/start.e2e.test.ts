/**
 * `npm start` as a CI job would run it: no terminal, no stdin. It must not wait for a prompt, must
 * serve the add-in (HTTP here: no certificate can be installed without a terminal) and print how
 * to sideload it. --no-build keeps dist as the test run built it.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');

test('npm start serves dist/excel and prints the sideload help, without a terminal', async () => {
  // A copy of the build: --no-build rewrites its manifest for the port served.
  const dist = mkdtempSync(path.join(os.tmpdir(), 'boussole-start-'));
  cpSync(path.join(ROOT, 'dist', 'excel'), path.join(dist, 'excel'), { recursive: true });
  const child = spawn(
    process.execPath,
    [require.resolve('tsx/cli'), 'scripts/start.ts', '--port', '0', '--no-build'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LANG: 'en_US.UTF-8', BOUSSOLE_DIST: dist },
    }
  );
  try {
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed in 30 s:\n${out}`)), 30000);
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /served from dist\/excel at (\S+)/.exec(out);
        if (m && out.includes('Ctrl+C')) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
      child.stderr.on('data', (d: Buffer) => (out += d.toString()));
      child.on('exit', (code) => reject(new Error(`start exited with ${code}:\n${out}`)));
    });
    expect(url).toMatch(/^http:\/\/localhost:\d+$/);
    expect(out).toContain('Upload My Add-in');
    expect(out).toContain(`${url}/taskpane.html`);
    for (const file of ['taskpane.html', 'functions.js', 'functions.json', 'manifest.xml']) {
      expect((await fetch(`${url}/${file}`)).status).toBe(200);
    }
    // The manifest names the port served, not the one the build was made for.
    const manifest = await (await fetch(`${url}/manifest.xml`)).text();
    expect(manifest).toContain(`"${url}/taskpane.html"`);
    expect(manifest).not.toMatch(/"https?:\/\/localhost:3000/);
    expect(readFileSync(path.join(dist, 'excel', 'manifest.xml'), 'utf8')).toBe(manifest);
  } finally {
    child.kill('SIGTERM');
  }
}, 60000);
