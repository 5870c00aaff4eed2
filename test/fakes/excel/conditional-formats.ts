import { intersects, type Rect } from './address';
import type { FakeRequestContext } from './context';
import { FakeOfficeError } from './office-error';
import { FakeClientResult, FakeProxy, type Surface } from './proxy';
import type { ConditionalFormatRecord } from './records';
import type { FakeSheet } from './sheet';

/** The settings object each conditional-format type exposes, e.g. `custom.rule.formula`. */
const CF_SETTINGS: Record<string, string> = {
  Custom: 'custom',
  CellValue: 'cellValue',
  ColorScale: 'colorScale',
  DataBar: 'dataBar',
  IconSet: 'iconSet',
  TopBottom: 'topBottom',
  PresetCriteria: 'preset',
  ContainsText: 'textComparison',
};

/** Types whose settings hold a `format` (fill, font, borders, numberFormat) and a `rule`. */
function cfSettings(type: string): Record<string, unknown> {
  if (type === 'ColorScale') return { criteria: undefined, threeColorScale: undefined };
  if (type === 'DataBar' || type === 'IconSet') return {};
  return {
    format: { fill: {}, font: {}, borders: {}, numberFormat: undefined },
    rule: type === 'Custom' ? {} : undefined,
  };
}

export class FakeConditionalFormat
  extends FakeProxy
  implements
    Surface<
      Excel.ConditionalFormat,
      | 'type'
      | 'priority'
      | 'stopIfTrue'
      | 'custom'
      | 'cellValue'
      | 'colorScale'
      | 'dataBar'
      | 'iconSet'
      | 'topBottom'
      | 'preset'
      | 'textComparison'
      | 'delete'
    >
{
  protected readonly scalars = ['type', 'priority', 'stopIfTrue'] as const;

  constructor(
    context: FakeRequestContext,
    private readonly sheet: FakeSheet,
    readonly record: ConditionalFormatRecord
  ) {
    super(context);
  }

  protected read(name: string): unknown {
    return (this.record as unknown as Record<string, unknown>)[name];
  }

  /** The settings of this format's own type; another type's object fails like in Excel. */
  private settings(key: string): Record<string, unknown> {
    if (CF_SETTINGS[this.record.type] !== key) {
      throw new FakeOfficeError(
        'InvalidOperation',
        `a ${this.record.type} conditional format has no ${key}`
      );
    }
    return this.record.settings;
  }

  get type(): string {
    return this.get('type');
  }
  get priority(): number {
    return this.get('priority');
  }
  set priority(v: number) {
    this.record.priority = v;
    this.setLocal('priority', v);
  }
  get stopIfTrue(): boolean {
    return this.get('stopIfTrue');
  }
  set stopIfTrue(v: boolean) {
    this.record.stopIfTrue = v;
    this.setLocal('stopIfTrue', v);
  }
  get custom(): Record<string, unknown> {
    return this.settings('custom');
  }
  get cellValue(): Record<string, unknown> {
    return this.settings('cellValue');
  }
  get colorScale(): Record<string, unknown> {
    return this.settings('colorScale');
  }
  get dataBar(): Record<string, unknown> {
    return this.settings('dataBar');
  }
  get iconSet(): Record<string, unknown> {
    return this.settings('iconSet');
  }
  get topBottom(): Record<string, unknown> {
    return this.settings('topBottom');
  }
  get preset(): Record<string, unknown> {
    return this.settings('preset');
  }
  get textComparison(): Record<string, unknown> {
    return this.settings('textComparison');
  }

  delete(): void {
    const list = this.sheet.conditionalFormats;
    const i = list.indexOf(this.record);
    if (i >= 0) list.splice(i, 1);
    this.context.touch();
  }
}

export class FakeConditionalFormatCollection
  extends FakeProxy
  implements Surface<Excel.ConditionalFormatCollection, 'add' | 'clearAll' | 'getCount'>
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

  add(type: string): FakeConditionalFormat {
    if (!(type in CF_SETTINGS)) {
      this.context.fail(
        new FakeOfficeError('InvalidArgument', `unknown conditional format type ${type}`)
      );
    }
    const record: ConditionalFormatRecord = { rect: this.rect, type, settings: cfSettings(type) };
    this.sheet.conditionalFormats.push(record);
    this.context.touch();
    return new FakeConditionalFormat(this.context, this.sheet, record);
  }

  clearAll(): void {
    const list = this.sheet.conditionalFormats;
    for (let i = list.length - 1; i >= 0; i--)
      if (intersects(list[i].rect, this.rect)) list.splice(i, 1);
    this.context.touch();
  }

  getCount(): FakeClientResult<number> {
    return new FakeClientResult(
      this.context,
      () => this.sheet.conditionalFormats.filter((f) => intersects(f.rect, this.rect)).length
    );
  }
}
