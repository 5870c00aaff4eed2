import { intersects } from './address';
import type { FakeRequestContext } from './context';
import { FakeOfficeError } from './office-error';
import { FakeRangeCommands } from './commands';
import { FakeClientResult, FakeProxy, field, setField, type Surface } from './proxy';
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
  declare readonly type: string;
  declare priority: number;
  declare stopIfTrue: boolean;
  declare readonly custom: Record<string, unknown>;
  declare readonly cellValue: Record<string, unknown>;
  declare readonly colorScale: Record<string, unknown>;
  declare readonly dataBar: Record<string, unknown>;
  declare readonly iconSet: Record<string, unknown>;
  declare readonly topBottom: Record<string, unknown>;
  declare readonly preset: Record<string, unknown>;
  declare readonly textComparison: Record<string, unknown>;
  static {
    FakeProxy.properties(this, ['type']);
    FakeProxy.properties(this, ['priority', 'stopIfTrue'], (format, name, v) =>
      setField(format.record, name, v)
    );
    for (const key of Object.values(CF_SETTINGS)) {
      Object.defineProperty(this.prototype, key, {
        configurable: true,
        get(this: FakeConditionalFormat): Record<string, unknown> {
          return this.settings(key);
        },
      });
    }
  }

  constructor(
    context: FakeRequestContext,
    private readonly sheet: FakeSheet,
    readonly record: ConditionalFormatRecord
  ) {
    super(context);
  }

  protected read(name: string): unknown {
    return field(this.record, name);
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

  delete(): void {
    const list = this.sheet.conditionalFormats;
    const i = list.indexOf(this.record);
    if (i >= 0) list.splice(i, 1);
    this.context.touch();
  }
}

export class FakeConditionalFormatCollection
  extends FakeRangeCommands
  implements Surface<Excel.ConditionalFormatCollection, 'add' | 'clearAll' | 'getCount'>
{
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
