/**
 * npm run build [-- --base-url https://host/path]: generated files first, then each surface.
 * Every step is one module under scripts/build/. Files are overwritten in place rather than dist/
 * being emptied first, so that a build never pulls files from under a test reading them.
 */
import path from 'node:path';
import { buildCli } from './build/cli';
import { ROOT, type BuildContext } from './build/context';
import { buildExcel } from './build/excel';
import { buildGenerated } from './build/generated';
import { buildSheets } from './build/sheets';

export function parseBaseUrl(argv: readonly string[]): string {
  const i = argv.indexOf('--base-url');
  const url = i >= 0 ? argv[i + 1] : process.env.BOUSSOLE_BASE_URL;
  return (url ?? 'https://localhost:3000').replace(/\/+$/, '');
}

export async function buildAll(baseUrl = 'https://localhost:3000'): Promise<BuildContext> {
  const ctx: BuildContext = { root: ROOT, dist: path.join(ROOT, 'dist'), baseUrl };
  await buildGenerated(ctx);
  await buildExcel(ctx);
  await buildSheets(ctx);
  await buildCli(ctx);
  return ctx;
}

if (require.main === module) {
  const started = Date.now();
  buildAll(parseBaseUrl(process.argv.slice(2))).then(
    (ctx) =>
      console.log(
        `Built ${path.relative(process.cwd(), ctx.dist) || 'dist'}/ in ${Date.now() - started} ms`
      ),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    }
  );
}
