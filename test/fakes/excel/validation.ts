import { intersects, type Rect } from './address';
import type { FakeRequestContext } from './context';
import { FakeOfficeError } from './office-error';
import { FakeProxy, field, setField, type Surface } from './proxy';
import type { FakeValidation } from './records';
import type { FakeSheet } from './sheet';

export class FakeDataValidation
  extends FakeProxy
  implements
    Surface<Excel.DataValidation, 'rule' | 'prompt' | 'errorAlert' | 'ignoreBlanks' | 'clear'>
{
  protected readonly scalars = ['rule', 'prompt', 'errorAlert', 'ignoreBlanks'] as const;
  private record?: FakeValidation;
  declare prompt: Excel.DataValidationPrompt;
  declare errorAlert: Excel.DataValidationErrorAlert;
  declare ignoreBlanks: boolean;
  static {
    FakeProxy.properties(this, ['prompt', 'errorAlert', 'ignoreBlanks'], (validation, name, v) =>
      setField(validation.current(), name, v)
    );
  }

  constructor(
    context: FakeRequestContext,
    private readonly sheet: FakeSheet,
    private readonly rect: Rect
  ) {
    super(context);
  }

  protected read(name: string): unknown {
    const v = this.sheet.validations.find(
      (x) =>
        x.rect.row === this.rect.row &&
        x.rect.col === this.rect.col &&
        x.rect.rows === this.rect.rows &&
        x.rect.cols === this.rect.cols
    );
    return v ? field(v, name) : null;
  }

  /** The validation this object writes: one record per range, created by the first setting. */
  private current(): FakeValidation {
    if (!this.record) {
      this.record = { rect: this.rect, rule: {} };
      this.sheet.validations.push(this.record);
    }
    return this.record;
  }

  get rule(): Excel.DataValidationRule {
    return this.get('rule');
  }
  set rule(v: Excel.DataValidationRule) {
    const kinds = Object.keys(v).filter((k) => (v as Record<string, unknown>)[k] !== undefined);
    if (kinds.length !== 1) {
      this.context.fail(
        new FakeOfficeError('InvalidArgument', 'a data validation rule has exactly one type')
      );
    }
    this.current().rule = v;
    this.setLocal('rule', v);
  }
  clear(): void {
    const list = this.sheet.validations;
    for (let i = list.length - 1; i >= 0; i--)
      if (intersects(list[i].rect, this.rect)) list.splice(i, 1);
    this.record = undefined;
    this.context.touch();
  }
}
