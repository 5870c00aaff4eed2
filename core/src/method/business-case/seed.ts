/**
 * The seed rule (docs/method.md): the random stream of a simulation is derived from its inputs
 * only, so a recalculation never changes a figure and every host computes the same one. Integer
 * arithmetic only (Math.imul, shifts), which every JavaScript engine computes identically.
 */

/** FNV-1a over the IEEE-754 bytes of the inputs. */
export function seedOf(inputs: readonly number[]): number {
  const view = new DataView(new ArrayBuffer(8));
  let h = 0x811c9dc5;
  for (const x of inputs) {
    view.setFloat64(0, x === 0 ? 0 : x); // −0 and 0 give one seed
    for (let i = 0; i < 8; i++) h = Math.imul(h ^ view.getUint8(i), 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small 32-bit generator; returns uniform numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
