import type { FakeRequestContext } from './context';
import { FakeOfficeError } from './office-error';

/** The named members of T, with T's parameter lists; values and returns are the fake's own. */
export type Surface<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => unknown ? (...args: A) => unknown : unknown;
};

export function notLoaded(name: string): Error {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
  );
}

export type LoadSpec =
  string | string[] | { select?: string | string[]; expand?: string | string[] };

export function loadNames(spec: LoadSpec | undefined): string[] | undefined {
  if (spec === undefined) return undefined;
  const text = Array.isArray(spec)
    ? spec.join(',')
    : typeof spec === 'string'
      ? spec
      : [spec.select ?? ''].flat().join(',');
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** What every proxy shares: loading, the loaded-property rule, null objects. */
export abstract class FakeProxy {
  private readonly loaded = new Map<string, unknown>();
  private readonly pending = new Map<string, unknown>();
  private settled = false;

  constructor(
    readonly context: FakeRequestContext,
    /** True when the object does not exist (…OrNullObject). */
    protected readonly isNull = false
  ) {
    context.register(this);
  }

  /** Scalar properties `load()` without arguments reads. */
  protected abstract readonly scalars: readonly string[];
  /** The current model value of a scalar property. */
  protected abstract read(name: string): unknown;
  /** Navigation properties that a load path ("format/fill/color") goes through. */
  protected child(name: string): FakeProxy | undefined {
    void name;
    return undefined;
  }

  load(spec?: LoadSpec): this {
    const names = loadNames(spec) ?? this.scalars;
    for (const name of names) {
      const slash = name.indexOf('/');
      if (slash >= 0) {
        const c = this.child(name.slice(0, slash));
        if (!c) throw new Error(`fake: cannot load ${name}`);
        c.load(name.slice(slash + 1));
        continue;
      }
      const c = this.child(name);
      if (c) c.load();
      else this.pending.set(name, this.isNull ? null : this.read(name));
    }
    this.context.touch();
    return this;
  }

  settle(): void {
    this.settled = true;
    for (const [k, v] of this.pending) this.loaded.set(k, v);
    this.pending.clear();
  }

  get isNullObject(): boolean {
    if (!this.settled) throw notLoaded('isNullObject');
    return this.isNull;
  }

  protected get<T>(name: string): T {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as T;
  }

  /** Office.js keeps a value set on a proxy readable without a load. */
  protected setLocal(name: string, value: unknown): void {
    this.loaded.set(name, value);
    this.context.touch();
  }

  /**
   * Defines the accessors of plain properties on a proxy class (declared there with `declare`):
   * reading follows the loaded-property rule; with `write`, a value set goes to the model first,
   * then stays readable without a load, as in Office.js. Call it from the class's static block.
   */
  static properties<P extends FakeProxy>(
    cls: { prototype: P },
    names: readonly (keyof P & string)[],
    write?: (proxy: P, name: string, value: unknown) => void
  ): void {
    for (const name of names) {
      Object.defineProperty(cls.prototype, name, {
        configurable: true,
        get(this: P): unknown {
          return this.get(name);
        },
        set: write
          ? function (this: P, value: unknown): void {
              write(this, name, value);
              this.setLocal(name, value);
            }
          : undefined,
      });
    }
  }

  /** A command on an object that does not exist fails at the next sync. */
  protected exists(what: string): boolean {
    if (this.isNull)
      this.context.fail(new FakeOfficeError('ItemNotFound', `${what} does not exist`));
    return !this.isNull;
  }
}

/** OfficeExtension.ClientResult: `value` is readable after the next sync. */
export class FakeClientResult<T> extends FakeProxy {
  protected readonly scalars = ['value'] as const;

  constructor(
    context: FakeRequestContext,
    private readonly compute: () => T
  ) {
    super(context);
    this.load('value');
  }

  protected read(): unknown {
    return this.compute();
  }

  get value(): T {
    return this.get('value');
  }
}

/** The same-named field of a model record, as a load reads it. */
export function field(record: object, name: string): unknown {
  return (record as Record<string, unknown>)[name];
}

/** A write that sets the same-named field of a model record. */
export function setField(record: object, name: string, value: unknown): void {
  (record as Record<string, unknown>)[name] = value;
}
