import type { BuildContext } from './context';

/** Builds the panel surface into ctx.dist. */
export async function buildPanel(ctx: BuildContext): Promise<void> {
  void ctx;
}
