/**
 * `npm start` as a CI job would run it: no terminal, no stdin. It must not wait for a prompt, must
 * serve the add-in (HTTP here: no certificate can be installed without a terminal) and print how
 * to sideload it. --no-build keeps dist as the test run built it.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');

test('npm start serves dist/excel and prints the sideload help, without a terminal', async () => {
  const child = spawn(
    process.execPath,
    [require.resolve('tsx/cli'), 'scripts/start.ts', '--port', '0', '--no-build'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LANG: 'en_US.UTF-8' } }
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
  } finally {
    child.kill('SIGTERM');
  }
}, 60000);
