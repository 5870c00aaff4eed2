/**
 * The clasp configuration pushes exactly the built add-on. clasp 3 reads the project file offline for
 * `status`, so this runs without a Google login: a copy of .clasp.json.example next to a copy of
 * dist/sheets, as a user's checkout would have them.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DIST } from './code-js';

const ROOT = path.resolve(__dirname, '..', '..');
const CLASP = path.join(ROOT, 'node_modules', '@google', 'clasp', 'build', 'src', 'index.js');

test.each(['.clasp.json.example', '.clasp.dev.json.example', '.clasp.prod.json.example'])(
  '%s: rootDir dist/sheets, a placeholder id only',
  (file) => {
    const config = JSON.parse(readFileSync(path.join(ROOT, file), 'utf8'));
    expect(config).toEqual({
      scriptId: expect.stringMatching(/^REPLACE_WITH_/),
      rootDir: 'dist/sheets',
    });
  }
);

test('clasp push would send exactly the files of dist/sheets', () => {
  const dir = path.join(ROOT, 'test-output', 'clasp-check');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(DIST, path.join(dir, 'dist', 'sheets'), { recursive: true });
  writeFileSync(
    path.join(dir, '.clasp.json'),
    readFileSync(path.join(ROOT, '.clasp.json.example'))
  );
  const out = execFileSync(
    process.execPath,
    [CLASP, '-P', path.join(dir, '.clasp.json'), 'status', '--json'],
    {
      cwd: dir,
      encoding: 'utf8',
    }
  );
  const pushed = (JSON.parse(out).filesToPush as string[]).map((f) => path.basename(f)).sort();
  expect(pushed).toEqual(readdirSync(DIST).sort());
  expect(pushed).toEqual(expect.arrayContaining(['Code.js', 'appsscript.json']));
});
