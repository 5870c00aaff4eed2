import type { BuildContext } from './context';

/** Builds the sheets surface into ctx.dist. */
export async function buildSheets(ctx: BuildContext): Promise<void> {
  void ctx;
}
