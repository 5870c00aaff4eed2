/**
 * Checks for plain data that crosses a host boundary (insertTemplate's options, what
 * google.script.run hands the Sheets server): a few validators typed like the values they accept.
 * Written here rather than taken from a library: Code.js is loaded at every custom-function call
 * and zod/mini added 20 KB to it (docs/performance.md, "Bundles").
 */

type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

export interface Schema<T> {
  /** The value (objects keep only their declared keys), or what is wrong with it. */
  check(value: unknown): Checked<T>;
  /** The value, or an Error naming the first problem. */
  parse(value: unknown): T;
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: Error };
  /** Marks an object key that may be absent. */
  readonly optional?: true;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

function schema<T>(check: (value: unknown) => Checked<T>, optional?: true): Schema<T> {
  return {
    check,
    optional,
    parse(value) {
      const r = check(value);
      if (!r.ok) throw new Error(`Invalid request: ${r.problem}`);
      return r.value;
    },
    safeParse(value) {
      const r = check(value);
      return r.ok
        ? { success: true, data: r.value }
        : { success: false, error: new Error(`Invalid request: ${r.problem}`) };
    },
  };
}

const fail = (problem: string): { ok: false; problem: string } => ({ ok: false, problem });
const show = (v: unknown): string => (typeof v === 'string' ? JSON.stringify(v) : String(v));

export const string = (prefix?: string): Schema<string> =>
  schema((v) =>
    typeof v !== 'string'
      ? fail(`${show(v)} is not text`)
      : prefix !== undefined && !v.startsWith(prefix)
        ? fail(`${show(v)} does not start with ${prefix}`)
        : { ok: true, value: v }
  );

export const boolean = (): Schema<boolean> =>
  schema((v) =>
    typeof v === 'boolean' ? { ok: true, value: v } : fail(`${show(v)} is not a boolean`)
  );

/** A whole number of at least `min`. */
export const integer = (min: number): Schema<number> =>
  schema((v) =>
    typeof v === 'number' && Number.isInteger(v) && v >= min
      ? { ok: true, value: v }
      : fail(`${show(v)} is not a whole number from ${min}`)
  );

export const number = (): Schema<number> =>
  schema((v) =>
    typeof v === 'number' && Number.isFinite(v)
      ? { ok: true, value: v }
      : fail(`${show(v)} is not a number`)
  );

export const oneOf = <const V extends readonly string[]>(values: V): Schema<V[number]> =>
  schema((v) =>
    values.includes(v as string)
      ? { ok: true, value: v as V[number] }
      : fail(`${show(v)} is not one of ${values.join(', ')}`)
  );

export const optional = <T>(s: Schema<T>): Schema<T | undefined> & { readonly optional: true } =>
  schema<T | undefined>(
    (v) => (v === undefined ? { ok: true, value: undefined } : s.check(v)),
    true
  ) as Schema<T | undefined> & { readonly optional: true };

export const nullable = <T>(s: Schema<T>): Schema<T | null> =>
  schema<T | null>((v) => (v === null ? { ok: true, value: null } : s.check(v)));

export const union = <A, B>(a: Schema<A>, b: Schema<B>): Schema<A | B> =>
  schema<A | B>((v) => {
    const r = a.check(v);
    return r.ok ? r : b.check(v);
  });

export const array = <T>(item: Schema<T>): Schema<T[]> =>
  schema((v) => {
    if (!Array.isArray(v)) return fail(`${show(v)} is not a list`);
    const out: T[] = [];
    for (let i = 0; i < v.length; i++) {
      const r = item.check(v[i]);
      if (!r.ok) return fail(`[${i}]: ${r.problem}`);
      out.push(r.value);
    }
    return { ok: true, value: out };
  });

type Shape = Record<string, Schema<unknown>>;
type OptionalKey<S extends Shape> = {
  [K in keyof S]: S[K] extends { optional: true } ? K : never;
}[keyof S];
type ObjectOf<S extends Shape> = {
  [K in Exclude<keyof S, OptionalKey<S>>]: Infer<S[K]>;
} & { [K in OptionalKey<S>]?: Infer<S[K]> };
type Flat<T> = { [K in keyof T]: T[K] };

export const object = <S extends Shape>(shape: S): Schema<Flat<ObjectOf<S>>> =>
  schema((v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
      return fail(`${show(v)} is not an object`);
    const out: Record<string, unknown> = {};
    for (const [key, s] of Object.entries(shape)) {
      const r = s.check((v as Record<string, unknown>)[key]);
      if (!r.ok) return fail(`${key}: ${r.problem}`);
      if (r.value !== undefined) out[key] = r.value;
    }
    return { ok: true, value: out as Flat<ObjectOf<S>> };
  });
