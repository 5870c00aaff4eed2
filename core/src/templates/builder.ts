/** A small builder that keeps each template file close to the sheet it describes. */
import type { Lang, Text } from '../i18n';
import { a1, parseCell, parseRange, rangeA1 } from './a1';
import { defaultPrint, trimPrintArea, wrappedHeights } from './layout';
import type { TemplateId } from './ids';
import { templateName } from './ids';
import type {
  BuildOptions,
  CellSpec,
  ChartSpec,
  ConditionalFormat,
  Look,
  Message,
  NamedRange,
  PrintSpec,
  ScalePoint,
  SheetSpec,
  StyleName,
  Validation,
  ValidationRule,
} from './types';

/** What a cell holds, without its address. */
export type Init = Omit<CellSpec, 'ref'>;

/** A cell in a row or column run: text, a number, a full Init, or null to skip the cell. */
export type Entry = Init | string | number | null;

export const formula = (f: string, format?: string, style?: StyleName): Init => ({
  formula: f,
  format,
  style,
});

/** An input cell: yellow, possibly pre-filled. */
export const input = (value?: string | number, format?: string): Init => ({
  value,
  format,
  style: 'input',
});

export class SheetBuilder {
  readonly lang: Lang;
  readonly examples: boolean;
  private readonly cells = new Map<string, CellSpec>();
  private widthList: number[] = [];
  private frozen = 0;
  private readonly merges: string[] = [];
  private readonly validations: Validation[] = [];
  private readonly conditionals: ConditionalFormat[] = [];
  private readonly charts: ChartSpec[] = [];
  private readonly names: NamedRange[] = [];
  private readonly unlocked: string[] = [];
  private printing: Partial<PrintSpec> = {};
  private readonly heights: Record<number, number> = {};

  constructor(
    readonly id: TemplateId,
    options: BuildOptions
  ) {
    this.lang = options.lang;
    this.examples = options.examples;
  }

  /** The text in the sheet's language. */
  t(text: Text): string {
    return text[this.lang];
  }

  /** The example value when examples are on, else nothing (a blank input). */
  ex<T>(value: T): T | undefined {
    return this.examples ? value : undefined;
  }

  put(row: number, col: number, init: Init): this {
    const ref = a1(row, col);
    if (this.cells.has(ref)) throw new Error(`${this.id}: cell ${ref} written twice`);
    const cell: CellSpec = { ref };
    if (init.value !== undefined && init.value !== '') cell.value = init.value;
    if (init.formula !== undefined) cell.formula = init.formula;
    if (init.format !== undefined) cell.format = init.format;
    if (init.style !== undefined) cell.style = init.style;
    if (init.name !== undefined) cell.name = init.name;
    this.cells.set(ref, cell);
    return this;
  }

  private entry(row: number, col: number, e: Entry, defaults: Init): void {
    if (e === null) return;
    const init = typeof e === 'object' ? e : { value: e };
    this.put(row, col, { ...defaults, ...withoutUndefined(init) });
  }

  /** Consecutive cells to the right of (row, col). */
  row(row: number, col: number, entries: readonly Entry[], defaults: Init = {}): this {
    entries.forEach((e, i) => this.entry(row, col + i, e, defaults));
    return this;
  }

  /** Consecutive cells below (row, col). */
  column(row: number, col: number, entries: readonly Entry[], defaults: Init = {}): this {
    entries.forEach((e, i) => this.entry(row + i, col, e, defaults));
    return this;
  }

  /** Row 1 the title (the sheet name), row 2 the "how to use" line. */
  intro(howTo: Text): this {
    this.put(1, 1, { value: templateName(this.id, this.lang), style: 'title' });
    return this.put(2, 1, { value: this.t(howTo), style: 'howTo' });
  }

  /** A section title across columns firstCol..lastCol. */
  section(row: number, text: Text, lastCol: number, firstCol = 1): this {
    this.put(row, firstCol, { value: this.t(text), style: 'section' });
    for (let c = firstCol + 1; c <= lastCol; c++) this.put(row, c, { style: 'section' });
    return this;
  }

  headers(row: number, col: number, labels: readonly Text[]): this {
    return this.row(
      row,
      col,
      labels.map((l) => this.t(l)),
      { style: 'header' }
    );
  }

  widths(...chars: number[]): this {
    this.widthList = chars;
    return this;
  }

  freeze(rows: number): this {
    this.frozen = rows;
    return this;
  }

  merge(range: string): this {
    this.merges.push(range);
    return this;
  }

  /** A validation, with the message shown on selection and the one shown on a rejected value. */
  validate(
    range: string,
    rule: ValidationRule,
    messages: { prompt?: Message; error?: Message } = {}
  ): this {
    this.validations.push({ range, rule, ...messages });
    return this;
  }

  chart(chart: ChartSpec): this {
    this.charts.push(chart);
    return this;
  }

  /** A named range of this sheet; the name is the same in every language. */
  name(name: string, ref: string): this {
    this.names.push({ name, ref });
    return this;
  }

  /** Cells that stay editable on the protected sheet although they are not styled 'input'. */
  unlock(range: string): this {
    this.unlocked.push(range);
    return this;
  }

  /** Overrides the print setup computed from the sheet (docs/templates.md). */
  print(setup: Partial<PrintSpec>): this {
    this.printing = { ...this.printing, ...setup };
    return this;
  }

  /** Overrides the height (points) computed from a row's wrapped text. */
  rowHeight(row: number, points: number): this {
    this.heights[row] = points;
    return this;
  }

  /** A conditional look where `formula` (relative to the range's top-left cell) is true. */
  when(range: string, f: string, look: Look): this {
    this.conditionals.push({ kind: 'formula', range, formula: f, look });
    return this;
  }

  scale(range: string, min: ScalePoint, max: ScalePoint, mid?: ScalePoint): this {
    this.conditionals.push({ kind: 'scale', range, min, max, ...(mid ? { mid } : {}) });
    return this;
  }

  build(): SheetSpec {
    const cells = [...this.cells.values()].sort((a, b) => {
      const pa = parseCell(a.ref);
      const pb = parseCell(b.ref);
      return pa.row - pb.row || pa.col - pb.col;
    });
    const spec: SheetSpec = {
      id: this.id,
      lang: this.lang,
      name: templateName(this.id, this.lang),
      cells,
      widths: this.widthList,
      frozenRows: this.frozen,
      merges: [...this.merges, ...this.introMerge()],
      validations: this.validations,
      conditionalFormats: this.conditionals,
      charts: this.charts,
      names: this.names,
      protect: true,
      unlocked: this.unlocked,
    };
    const print = { ...defaultPrint(spec), ...this.printing };
    return {
      ...spec,
      print: {
        ...print,
        area: trimPrintArea(spec, print.area),
        // A reference block's page needs no room to write on.
        ...(print.moreAreas
          ? { moreAreas: print.moreAreas.map((a) => trimPrintArea(spec, a, 0)) }
          : {}),
      },
      rowHeights: { ...wrappedHeights(spec), ...this.heights },
    };
  }

  /**
   * The intro line (row 2) wraps across the sheet's columns, or up to the first other cell of its
   * row (a legend beside the list), within a print area set by the template (so it prints whole).
   */
  private introMerge(): string[] {
    const others = [...this.cells.keys()]
      .map((r) => parseCell(r))
      .filter((p) => p.row === 2 && p.col > 1)
      .map((p) => p.col - 1);
    const printed = this.printing.area ? parseRange(this.printing.area).right : Infinity;
    const right = Math.min(this.widthList.length, printed, ...others);
    return this.cells.get('A2')?.style === 'howTo' && right > 1 ? [rangeA1(2, 1, 2, right)] : [];
  }
}

function withoutUndefined(init: Init): Init {
  return Object.fromEntries(Object.entries(init).filter(([, v]) => v !== undefined)) as Init;
}
