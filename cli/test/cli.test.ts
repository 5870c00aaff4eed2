import { execFile } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { buildTemplate, TEMPLATE_IDS } from '@boussole/core';
import { main, type Io } from '../src/main';

const run = promisify(execFile);
const BIN = path.resolve(__dirname, '..', 'bin', 'boussole.cjs');
const tmp = () => mkdtempSync(path.join(tmpdir(), 'boussole-cli-'));

function io(env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const value: Io = { out: (l) => out.push(l), err: (l) => err.push(l), env };
  return { io: value, out, err };
}

async function sheetNames(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((w) => w.name);
}

describe('boussole workbook', () => {
  test('writes every template in the language asked, with examples', async () => {
    const file = path.join(tmp(), 'sub', 'demo.xlsx');
    const t = io();
    expect(await main(['workbook', '--out', file, '--lang', 'en', '--examples'], t.io)).toBe(0);
    expect(t.out).toEqual([`Wrote: ${file} (${TEMPLATE_IDS.length} sheet(s))`]);
    expect(await sheetNames(file)).toEqual(
      TEMPLATE_IDS.map((id) => buildTemplate(id, { lang: 'en' }).name)
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    // Vendor A's first score (vendors are rows under the weights and the winner).
    expect(wb.getWorksheet('Vendor matrix')!.getCell('B7').value).toBe(8);
  }, 30_000);

  test('--only keeps the order given; French by default; blank form without --examples', async () => {
    const file = path.join(tmp(), 'two.xlsx');
    const t = io({ LANG: 'C.UTF-8' });
    expect(await main(['workbook', `--out=${file}`, '--only', 'budget,calculators'], t.io)).toBe(0);
    expect(t.out[0]).toMatch(/^Écrit : .*two\.xlsx \(2 feuille\(s\)\)$/);
    expect(await sheetNames(file)).toEqual(['Budget', 'Calculateurs']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.getWorksheet('Budget')!.getCell('B5').value).toBeNull();
  }, 30_000);

  test.each([
    [['workbook', '--bad'], 'fr_FR.UTF-8', /^Option inconnue : --bad$/],
    [['workbook', '--bad'], 'en_GB.UTF-8', /^Unknown option: --bad$/],
    [['workbook', '--lang', 'de'], 'en_GB.UTF-8', /^Unknown language \(fr or en\): de$/],
    [
      ['workbook', '--lang', 'en', '--only', 'nope'],
      'fr_FR.UTF-8',
      /^Unknown template: nope\. Templates: process-audit, /,
    ],
    [['workbook', '--only', 'nope'], 'fr_FR.UTF-8', /^Modèle inconnu : nope\./],
    [['workbook', '--out'], 'fr_FR.UTF-8', /^Valeur manquante après --out$/],
    [['workbook', '--out', 'x.csv'], 'en_GB.UTF-8', /^The file must end in \.xlsx: x\.csv$/],
    [['export'], 'en_GB.UTF-8', /^Unknown command: export$/],
  ])('%j (LANG=%s) is a usage error: exit 2, message and usage', async (argv, LANG, message) => {
    const t = io({ LANG });
    expect(await main(argv, t.io)).toBe(2);
    expect(t.err[0]).toMatch(message);
    expect(t.err[1]).toMatch(/^Usage ?: boussole workbook/);
    expect(t.out).toEqual([]);
  });

  test('help exits 0, no command exits 2, both print the usage', async () => {
    const help = io({ LANG: 'en_US' });
    expect(await main(['--help'], help.io)).toBe(0);
    expect(help.out[0]).toMatch(/--only id,id/);
    const none = io({ LANG: 'en_US' });
    expect(await main([], none.io)).toBe(2);
    expect(none.out[0]).toMatch(/^Usage: /);
  });

  test('a write that fails exits 1 with the reason', async () => {
    const t = io({ LANG: 'fr' });
    expect(await main(['workbook', '--out', '/dev/null/x.xlsx'], t.io)).toBe(1);
    expect(t.err[0]).toMatch(/^Échec, aucun fichier modifié : /);
  });

  test('an existing --out is refused (exit 2, file intact) unless --force', async () => {
    const dir = tmp();
    const file = path.join(dir, 'kept.xlsx');
    writeFileSync(file, 'old');
    const t = io({ LANG: 'en_US' });
    expect(await main(['workbook', '--out', file, '--only', 'maturity'], t.io)).toBe(2);
    expect(t.err).toEqual([`The file already exists: ${file} — add --force to replace it`]);
    expect(readFileSync(file, 'utf8')).toBe('old');
    const fr = io({ LANG: 'fr_FR' });
    expect(await main(['workbook', '--out', file], fr.io)).toBe(2);
    expect(fr.err).toEqual([
      `Le fichier existe déjà : ${file} — ajoutez --force pour le remplacer`,
    ]);
    const forced = io({ LANG: 'en_US' });
    expect(
      await main(['workbook', '--out', file, '--only', 'maturity', '--force'], forced.io)
    ).toBe(0);
    expect(await sheetNames(file)).toEqual(['Maturity']);
    expect(readdirSync(dir)).toEqual(['kept.xlsx']);
  }, 30_000);

  test('a symlink is never followed into the file it points to', async () => {
    const dir = tmp();
    const precious = path.join(dir, 'precious.txt');
    writeFileSync(precious, 'precious');
    const link = path.join(dir, 'out.xlsx');
    symlinkSync(precious, link);
    const t = io({ LANG: 'en_US' });
    expect(await main(['workbook', '--out', link], t.io)).toBe(2);
    expect(t.err[0]).toMatch(/^The file already exists: /);
    // --force replaces the link itself with the workbook; the file it pointed to is untouched.
    expect(await main(['workbook', '--out', link, '--only', 'budget', '--force'], io().io)).toBe(0);
    expect(readFileSync(precious, 'utf8')).toBe('precious');
    expect(lstatSync(link).isSymbolicLink()).toBe(false);
    expect(await sheetNames(link)).toEqual(['Budget']);
  }, 30_000);

  test('a folder named like the workbook is never replaced, even with --force', async () => {
    const dir = tmp();
    const folder = path.join(dir, 'book.xlsx');
    mkdirSync(folder);
    const t = io({ LANG: 'en_US' });
    expect(await main(['workbook', '--out', folder, '--force'], t.io)).toBe(2);
    expect(t.err).toEqual([`This path is not a file and will not be replaced: ${folder}`]);
  });

  test.each([
    [['workbook', '--examples=false'], /^This option takes no value: --examples=false$/],
    [['workbook', '--force=yes'], /^This option takes no value: --force=yes$/],
    [['workbook', '--only', ','], /^--only needs at least one template id$/],
    [['workbook', '--only=, ,'], /^--only needs at least one template id$/],
    [['workbook', '--out', 'a.xlsx', '--out', 'b.xlsx'], /^Option given twice: --out$/],
    [['workbook', '-o', 'a.xlsx', '--out=b.xlsx'], /^Option given twice: --out$/],
    [['workbook', '--lang', 'en', '--lang', 'fr'], /^Option given twice: --lang$/],
  ])('%j is a usage error', async (argv, message) => {
    const t = io({ LANG: 'en_US' });
    expect(await main(argv, t.io)).toBe(2);
    expect(t.err[0]).toMatch(message);
  });

  test('--lang EN is English', async () => {
    const file = path.join(tmp(), 'en.xlsx');
    const t = io({ LANG: 'fr_FR' });
    expect(
      await main(['workbook', '--out', file, '--lang', 'EN', '--only', 'maturity'], t.io)
    ).toBe(0);
    expect(t.out).toEqual([`Wrote: ${file} (1 sheet(s))`]);
    expect(await sheetNames(file)).toEqual(['Maturity']);
  }, 30_000);
});

describe('the bin, as npx runs it', () => {
  // npm test builds first, so dist/cli holds the bundle; BOUSSOLE_CLI_SOURCE=1 runs the source
  // through tsx, the fresh-clone path.
  test.each([
    ['the built bundle', {}],
    ['the TypeScript source', { BOUSSOLE_CLI_SOURCE: '1' }],
  ])(
    '%s writes boussole.xlsx in the current directory by default',
    async (_, extra) => {
      const cwd = tmp();
      const { stdout } = await run(
        process.execPath,
        [BIN, 'workbook', '--examples', '--only', 'maturity'],
        {
          cwd,
          env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...extra },
        }
      );
      expect(stdout.trim()).toBe('Wrote: boussole.xlsx (1 sheet(s))');
      expect(existsSync(path.join(cwd, 'boussole.xlsx'))).toBe(true);
      expect(await sheetNames(path.join(cwd, 'boussole.xlsx'))).toEqual(['Maturity']);
    },
    30_000
  );

  test('the default boussole.xlsx is refused when it exists', async () => {
    const cwd = tmp();
    writeFileSync(path.join(cwd, 'boussole.xlsx'), 'old');
    await expect(
      run(process.execPath, [BIN, 'workbook'], {
        cwd,
        env: { ...process.env, LANG: 'en_US', LC_ALL: '', LC_MESSAGES: '' },
      })
    ).rejects.toMatchObject({
      code: 2,
      stderr: 'The file already exists: boussole.xlsx — add --force to replace it\n',
    });
    expect(readFileSync(path.join(cwd, 'boussole.xlsx'), 'utf8')).toBe('old');
  }, 30_000);

  test('over the file-size limit the old file stays intact and no partial file is left', async () => {
    const cwd = tmp();
    writeFileSync(path.join(cwd, 'boussole.xlsx'), 'old');
    // ulimit -f 4: at most 4 blocks of 1 KiB, far less than the workbook; writes fail with EFBIG.
    const script = `ulimit -f 4; exec "${process.execPath}" "${BIN}" workbook --examples --force`;
    await expect(
      run('bash', ['-c', script], {
        cwd,
        env: { ...process.env, LANG: 'en_US', LC_ALL: '', LC_MESSAGES: '' },
      })
    ).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^Failed, no file changed: EFBIG/),
    });
    expect(readFileSync(path.join(cwd, 'boussole.xlsx'), 'utf8')).toBe('old');
    expect(readdirSync(cwd)).toEqual(['boussole.xlsx']);
  }, 30_000);

  test('a usage error is a non-zero exit', async () => {
    await expect(
      run(process.execPath, [BIN, 'workbook', '--nope'], { env: { ...process.env, LANG: 'en_US' } })
    ).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/Unknown option: --nope/),
    });
  }, 30_000);
});
