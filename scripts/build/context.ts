/** What every build step receives, and the esbuild options all bundles share. */
import path from 'node:path';
import type { BuildOptions } from 'esbuild';

export interface BuildContext {
  root: string;
  dist: string;
  /** Where dist/excel is served from; substituted into the manifest. */
  baseUrl: string;
}

export const ROOT = path.resolve(__dirname, '..', '..');

export const bundleDefaults: BuildOptions = {
  bundle: true,
  minify: true,
  legalComments: 'none',
  target: 'es2019',
  logLevel: 'warning',
};
