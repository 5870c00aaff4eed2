import path from 'node:path';
import { build } from 'esbuild';
import { bundleDefaults, type BuildContext } from './context';

/**
 * Bundles the `boussole` command into dist/cli/boussole.cjs, which cli/bin/boussole.cjs prefers
 * over the TypeScript source. ExcelJS and jszip (which adds the chart parts) stay runtime dependencies.
 */
export async function buildCli(ctx: BuildContext): Promise<void> {
  await build({
    ...bundleDefaults,
    entryPoints: [path.join(ctx.root, 'cli', 'src', 'main.ts')],
    outfile: path.join(ctx.dist, 'cli', 'boussole.cjs'),
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['exceljs', 'jszip'],
  });
}
