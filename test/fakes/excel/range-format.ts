import { bounded, MAX_COLS, type Rect } from './address';
import type { FakeRequestContext } from './context';
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

  protected put(name: string, value: unknown): void {
    this.sheet.addLayer(this.rect, this.prefix + name, value);
    this.setLocal(name, value);
  }
}

export class FakeFormatProtection
  extends FakeFormatPart
  implements Surface<Excel.FormatProtection, 'locked'>
{
  protected readonly scalars = ['locked'] as const;

  constructor(context: FakeRequestContext, sheet: FakeSheet, rect: Rect) {
    super(context, sheet, rect, 'protection.');
  }
  protected override read(name: string): unknown {
    return super.read(name) ?? true;
  }
  get locked(): boolean {
    return this.get('locked');
  }
  set locked(v: boolean) {
    this.put('locked', v);
  }
}

export class FakeRangeFill
  extends FakeFormatPart
  implements Surface<Excel.RangeFill, 'color' | 'clear'>
{
  protected readonly scalars = ['color'] as const;

  constructor(context: FakeRequestContext, sheet: FakeSheet, rect: Rect) {
    super(context, sheet, rect, 'fill.');
  }
  get color(): string {
    return this.get('color');
  }
  set color(v: string) {
    this.put('color', v);
  }
  clear(): void {
    this.put('color', null);
  }
}

export class FakeRangeFont
  extends FakeFormatPart
  implements Surface<Excel.RangeFont, 'bold' | 'italic' | 'color' | 'size' | 'name' | 'underline'>
{
  protected readonly scalars = ['bold', 'italic', 'color', 'size', 'name', 'underline'] as const;

  constructor(context: FakeRequestContext, sheet: FakeSheet, rect: Rect) {
    super(context, sheet, rect, 'font.');
  }
  get bold(): boolean {
    return this.get('bold');
  }
  set bold(v: boolean) {
    this.put('bold', v);
  }
  get italic(): boolean {
    return this.get('italic');
  }
  set italic(v: boolean) {
    this.put('italic', v);
  }
  get color(): string {
    return this.get('color');
  }
  set color(v: string) {
    this.put('color', v);
  }
  get size(): number {
    return this.get('size');
  }
  set size(v: number) {
    this.put('size', v);
  }
  get name(): string {
    return this.get('name');
  }
  set name(v: string) {
    this.put('name', v);
  }
  get underline(): string {
    return this.get('underline');
  }
  set underline(v: string) {
    this.put('underline', v);
  }
}

export class FakeRangeBorder
  extends FakeFormatPart
  implements Surface<Excel.RangeBorder, 'style' | 'color' | 'weight'>
{
  protected readonly scalars = ['style', 'color', 'weight'] as const;

  constructor(context: FakeRequestContext, sheet: FakeSheet, rect: Rect, side: string) {
    super(context, sheet, rect, `borders.${side}.`);
  }
  get style(): string {
    return this.get('style');
  }
  set style(v: string) {
    this.put('style', v);
  }
  get color(): string {
    return this.get('color');
  }
  set color(v: string) {
    this.put('color', v);
  }
  get weight(): string {
    return this.get('weight');
  }
  set weight(v: string) {
    this.put('weight', v);
  }
}

export class FakeRangeBorderCollection
  extends FakeProxy
  implements Surface<Excel.RangeBorderCollection, 'getItem'>
{
  protected readonly scalars = [] as const;

  constructor(
    context: FakeRequestContext,
    private readonly sheet: FakeSheet,
    private readonly rect: Rect
  ) {
    super(context);
  }
  protected read(): unknown {
    return undefined;
  }
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
  get horizontalAlignment(): string {
    return this.get('horizontalAlignment');
  }
  set horizontalAlignment(v: string) {
    this.put('horizontalAlignment', v);
  }
  get verticalAlignment(): string {
    return this.get('verticalAlignment');
  }
  set verticalAlignment(v: string) {
    this.put('verticalAlignment', v);
  }
  get wrapText(): boolean {
    return this.get('wrapText');
  }
  set wrapText(v: boolean) {
    this.put('wrapText', v);
  }
  get indentLevel(): number {
    return this.get('indentLevel');
  }
  set indentLevel(v: number) {
    this.put('indentLevel', v);
  }

  autofitColumns(): void {
    this.sheet.autofitted.push(this.rect);
    this.context.touch();
  }
  autofitRows(): void {
    this.sheet.autofitted.push(this.rect);
    this.context.touch();
  }
}
