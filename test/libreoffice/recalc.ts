/**
 * LibreOffice headless as the reference spreadsheet engine (docs/architecture.md): a fresh profile per run that
 * forces recalculation on load, one soffice process converting every file, outputs checked.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export function sofficePath(): string | undefined {
  for (const p of [
    '/usr/bin/soffice',
    '/usr/bin/libreoffice',
    '/usr/lib/libreoffice/program/soffice',
  ]) {
    if (existsSync(p)) return p;
  }
  return undefined;
}

/** Recalculates each .xlsx with LibreOffice and returns the paths of the recalculated copies. */
export function recalculate(files: readonly string[], outDir: string): Promise<string[]> {
  return convert(files, outDir, 'xlsx');
}

/** Prints each .xlsx to PDF with LibreOffice (print areas, fit and charts as the file sets them). */
export function printToPdf(files: readonly string[], outDir: string): Promise<string[]> {
  return convert(files, outDir, 'pdf');
}

async function convert(
  files: readonly string[],
  outDir: string,
  to: 'xlsx' | 'pdf'
): Promise<string[]> {
  const soffice = sofficePath();
  if (!soffice) throw new Error('LibreOffice (soffice) is not installed: npm run setup:e2e');
  const profile = mkdtempSync(path.join(tmpdir(), 'boussole-lo-'));
  mkdirSync(path.join(profile, 'user'), { recursive: true });
  writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  mkdirSync(outDir, { recursive: true });
  await run(
    soffice,
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      '--nolockcheck',
      '--convert-to',
      to,
      '--outdir',
      outDir,
      ...files,
    ],
    { timeout: 120_000 }
  );
  const outputs = files.map((f) =>
    path.join(outDir, path.basename(f).replace(/\.xlsx$/i, `.${to}`))
  );
  // soffice exits 0 even when a conversion fails: the outputs are the proof.
  const missing = outputs.filter((o) => !existsSync(o));
  if (missing.length) throw new Error(`LibreOffice produced no output for: ${missing.join(', ')}`);
  return outputs;
}
