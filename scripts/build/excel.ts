import type { BuildContext } from './context';

/** Builds the excel surface into ctx.dist. */
export async function buildExcel(ctx: BuildContext): Promise<void> {
  void ctx;
}
