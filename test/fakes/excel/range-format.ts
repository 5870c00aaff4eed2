import { bounded, MAX_COLS, type Rect } from './address';
import type { FakeRequestContext } from './context';
import { FakeRangeCommands } from './commands';
import { FakeProxy, type Surface } from './proxy';
import type { FakeSheet } from './sheet';

/** A format object whose settable properties become layers of the sheet under `prefix`. */
abstract class FakeFormatPart extends FakeProxy {
  constructor(
    context: FakeRequestContext,
    protected readonly sheet: FakeSheet,
    protected readonly rect: Rect,
    private readonly prefix: string
  ) {
    super(context);
  }

  /** Loaded value: the setting shared by every cell, or null when they differ (as Excel does). */
  protected read(name: string): unknown {
    const path = this.prefix + name;
    const r = this.rect;
    const first = this.sheet.readLayer(r.row, r.col, path) ?? null;
    if (!bounded(r) || r.rows * r.cols > 10000) return first;
    for (let i = 0; i < r.rows; i++) {
      for (let j = 0; j < r.cols; j++) {
        if ((this.sheet.readLayer(r.row + i, r.col + j, path) ?? null) !== first) return null;
      }
    }
    return first;
  }

  /** Properties whose setting becomes a layer over the range; call from the class's static block. */
  protected static layered<P extends FakeFormatPart>(
    cls: { prototype: P },
    names: readonly (keyof P & string)[]
  ): void {
    FakeProxy.properties(cls, names, (part, name, value) =>
      part.sheet.addLayer(part.rect, part.prefix + name, value)
    );
  }
}

export class FakeFormatProtection
  extends FakeFormatPart
  implements Surface<Excel.FormatProtection, 'locked'>
{
  protected readonly scalars = ['locked'] as const;
  declare locked: boolean;
  static {
    FakeFormatPart.layered(this, ['locked']);
  }

  constructor(context: FakeRequestContext, sheet: FakeSheet, rect: Rect) {
    super(context, sheet, rect, 'protection.');
  }
  protected override read(name: string): unknown {
    return super.read(name) ?? true;
  }
}

export class FakeRangeFill
  extends FakeFormatPart
  implements Surface<Excel.RangeFill, 'color' | 'clear'>
{
  protected readonly scalars = ['color'] as const;
  declare color: string | null;
  static {
    FakeFormatPart.layered(this, ['color']);
  }

  constructor(context: FakeRequestContext, sheet: FakeSheet, rect: Rect) {
    super(context, sheet, rect, 'fill.');
  }
  clear(): void {
    this.color = null;
  }
}

const FONT = ['bold', 'italic', 'color', 'size', 'name', 'underline'] as const;

export class FakeRangeFont
  extends FakeFormatPart
  implements Surface<Excel.RangeFont, (typeof FONT)[number]>
{
  protected readonly scalars = FONT;
  declare bold: boolean;
  declare italic: boolean;
  declare color: string;
  declare size: number;
  declare name: string;
  declare underline: string;
  static {
    FakeFormatPart.layered(this, FONT);
  }

  constructor(context: FakeRequestContext, sheet: FakeSheet, rect: Rect) {
    super(context, sheet, rect, 'font.');
  }
}

const BORDER = ['style', 'color', 'weight'] as const;

export class FakeRangeBorder
  extends FakeFormatPart
  implements Surface<Excel.RangeBorder, (typeof BORDER)[number]>
{
  protected readonly scalars = BORDER;
  declare style: string;
  declare color: string;
  declare weight: string;
  static {
    FakeFormatPart.layered(this, BORDER);
  }

  constructor(context: FakeRequestContext, sheet: FakeSheet, rect: Rect, side: string) {
    super(context, sheet, rect, `borders.${side}.`);
  }
}

export class FakeRangeBorderCollection
  extends FakeRangeCommands
  implements Surface<Excel.RangeBorderCollection, 'getItem'>
{
  getItem(index: string): FakeRangeBorder {
    return new FakeRangeBorder(this.context, this.sheet, this.rect, index);
  }
}

export class FakeRangeFormat
  extends FakeFormatPart
  implements
    Surface<
      Excel.RangeFormat,
      | 'fill'
      | 'font'
      | 'borders'
      | 'columnWidth'
      | 'rowHeight'
      | 'horizontalAlignment'
      | 'verticalAlignment'
      | 'wrapText'
      | 'indentLevel'
      | 'autofitColumns'
      | 'autofitRows'
      | 'protection'
    >
{
  protected readonly scalars = [
    'columnWidth',
    'rowHeight',
    'horizontalAlignment',
    'verticalAlignment',
    'wrapText',
    'indentLevel',
  ] as const;
  declare horizontalAlignment: string;
  declare verticalAlignment: string;
  declare wrapText: boolean;
  declare indentLevel: number;
  static {
    FakeFormatPart.layered(this, [
      'horizontalAlignment',
      'verticalAlignment',
      'wrapText',
      'indentLevel',
    ]);
  }
  readonly fill: FakeRangeFill;
  readonly font: FakeRangeFont;
  readonly borders: FakeRangeBorderCollection;
  readonly protection: FakeFormatProtection;

  constructor(context: FakeRequestContext, sheet: FakeSheet, rect: Rect) {
    super(context, sheet, rect, '');
    this.protection = new FakeFormatProtection(context, sheet, rect);
    this.fill = new FakeRangeFill(context, sheet, rect);
    this.font = new FakeRangeFont(context, sheet, rect);
    this.borders = new FakeRangeBorderCollection(context, sheet, rect);
  }

  protected override child(name: string): FakeProxy | undefined {
    return name === 'fill' ? this.fill : name === 'font' ? this.font : undefined;
  }

  protected override read(name: string): unknown {
    if (name === 'columnWidth') return this.sheet.columnWidths.get(this.rect.col) ?? 48;
    if (name === 'rowHeight') return this.sheet.rowHeights.get(this.rect.row) ?? 15;
    return super.read(name);
  }

  get columnWidth(): number {
    return this.get('columnWidth');
  }
  set columnWidth(v: number) {
    const cols = Math.min(this.rect.cols, MAX_COLS);
    for (let c = 0; c < cols; c++) this.sheet.columnWidths.set(this.rect.col + c, v);
    this.setLocal('columnWidth', v);
  }
  get rowHeight(): number {
    return this.get('rowHeight');
  }
  set rowHeight(v: number) {
    if (bounded(this.rect))
      for (let r = 0; r < this.rect.rows; r++) this.sheet.rowHeights.set(this.rect.row + r, v);
    this.setLocal('rowHeight', v);
  }
  /** Both record the range: the fake has no text widths to fit. */
  autofitColumns(): void {
    this.autofit();
  }
  autofitRows(): void {
    this.autofit();
  }
  private autofit(): void {
    this.sheet.autofitted.push(this.rect);
    this.context.touch();
  }
}
