/**
 * Prototype-safe lookups for tables keyed by what a user types (codes, words, aliases): only a
 * table's own keys match, so "constructor", "__proto__" or "toString" are unknown keys like any
 * other word instead of reaching Object.prototype (docs/functions.md "Inputs, errors and what hosts do").
 */

/** The value a table holds under its own key, or undefined for any other key. */
export function ownLookup<V>(table: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}
