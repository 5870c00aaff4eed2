/**
 * The most document calls (isDocumentCall) one template insertion may make: the target of
 * docs/performance.md, constant whatever the rows, with print setup, protection, names and charts.
 */
export const TEMPLATE_CALLS_CEILING = 40;

/** The document services, as call-name prefixes (protection and range lists change the document too). */
export const DOCUMENT_SERVICES = [
  'SpreadsheetApp.',
  'Spreadsheet.',
  'Sheet.',
  'Range.',
  'RangeList.',
  'Protection.',
] as const;

/**
 * Factories of builders (SpreadsheetApp.newDataValidation, newTextStyle…, Sheet.newChart): like the
 * builders' own methods they only assemble a value, without reading or writing the document.
 */
const BUILDER_FACTORY = /^(SpreadsheetApp\.new|Sheet\.newChart$)/;

/**
 * A document call (docs/performance.md): a method call on a document service, getRange included,
 * builder factories excepted. The one definition the tests and the bench count.
 */
export const isDocumentCall = (name: string): boolean =>
  DOCUMENT_SERVICES.some((p) => name.startsWith(p)) && !BUILDER_FACTORY.test(name);

/** A call that only assembles a rule, style or chart: a builder factory or a builder's method. */
export const isBuilderCall = (name: string): boolean =>
  BUILDER_FACTORY.test(name) || name.split('.')[0].endsWith('Builder');

/** Counts every method call on every fake object, as "Class.method". */
export class CallLog {
  readonly counts = new Map<string, number>();
  readonly order: string[] = [];

  hit(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    this.order.push(name);
  }

  count(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  /** Total calls whose name starts with the prefix, e.g. "Range." for every range call. */
  total(prefix = ''): number {
    return this.where((k) => k.startsWith(prefix));
  }

  /** Calls that keep a name, e.g. isDocumentCall. */
  where(keep: (name: string) => boolean): number {
    let n = 0;
    for (const [k, v] of this.counts) if (keep(k)) n += v;
    return n;
  }

  /** Document calls (isDocumentCall). */
  documentCalls(): number {
    return this.where(isDocumentCall);
  }

  /** Builder calls (isBuilderCall): rules, styles and charts assembled, the document untouched. */
  builderCalls(): number {
    return this.where(isBuilderCall);
  }

  reset(): void {
    this.counts.clear();
    this.order.length = 0;
  }
}

/** Wraps an object so that each call of one of its methods is logged as "<cls>.<method>". */
export function counted<T extends object>(obj: T, cls: string, log: CallLog): T {
  return new Proxy(obj, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver);
      if (typeof v !== 'function' || typeof prop !== 'string' || prop === 'constructor') return v;
      return function (this: unknown, ...args: unknown[]) {
        log.hit(`${cls}.${prop}`);
        return (v as (...a: unknown[]) => unknown).apply(this === receiver ? target : this, args);
      };
    },
  });
}
