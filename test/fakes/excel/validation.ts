import { intersects, type Rect } from './address';
import type { FakeRequestContext } from './context';
import { FakeOfficeError } from './office-error';
import { FakeProxy, type Surface } from './proxy';
import type { FakeValidation } from './records';
import type { FakeSheet } from './sheet';

export class FakeDataValidation
  extends FakeProxy
  implements
    Surface<Excel.DataValidation, 'rule' | 'prompt' | 'errorAlert' | 'ignoreBlanks' | 'clear'>
{
  protected readonly scalars = ['rule', 'prompt', 'errorAlert', 'ignoreBlanks'] as const;
  private record?: FakeValidation;

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
    return v ? (v as unknown as Record<string, unknown>)[name] : null;
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
  get prompt(): Excel.DataValidationPrompt {
    return this.get('prompt');
  }
  set prompt(v: Excel.DataValidationPrompt) {
    this.current().prompt = v;
    this.setLocal('prompt', v);
  }
  get errorAlert(): Excel.DataValidationErrorAlert {
    return this.get('errorAlert');
  }
  set errorAlert(v: Excel.DataValidationErrorAlert) {
    this.current().errorAlert = v;
    this.setLocal('errorAlert', v);
  }
  get ignoreBlanks(): boolean {
    return this.get('ignoreBlanks');
  }
  set ignoreBlanks(v: boolean) {
    this.current().ignoreBlanks = v;
    this.setLocal('ignoreBlanks', v);
  }

  clear(): void {
    const list = this.sheet.validations;
    for (let i = list.length - 1; i >= 0; i--)
      if (intersects(list[i].rect, this.rect)) list.splice(i, 1);
    this.record = undefined;
    this.context.touch();
  }
}
