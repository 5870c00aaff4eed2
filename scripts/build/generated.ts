/**
 * Writes what the build generates from the catalogue into dist/: the Excel custom-function
 * metadata (EN and FR). The Apps Script wrappers go into Code.js (scripts/build/sheets.ts); the
 * tracked docs are written by `npm run docs` only, so a build never modifies the checkout.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { excelMetadata } from '../gen/excel-metadata';
import type { BuildContext } from './context';

export async function buildGenerated(ctx: BuildContext): Promise<void> {
  const excel = path.join(ctx.dist, 'excel');
  mkdirSync(excel, { recursive: true });
  writeFileSync(path.join(excel, 'functions.json'), JSON.stringify(excelMetadata('en'), null, 2));
  writeFileSync(
    path.join(excel, 'functions.fr.json'),
    JSON.stringify(excelMetadata('fr'), null, 2)
  );
}
