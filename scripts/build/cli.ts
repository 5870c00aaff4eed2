import type { BuildContext } from './context';

/** Builds the cli surface into ctx.dist. */
export async function buildCli(ctx: BuildContext): Promise<void> {
  void ctx;
}
