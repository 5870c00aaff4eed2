import type { FakeRequestContext } from './context';
import { FakeOfficeError } from './office-error';
import { FakeProxy, type Surface } from './proxy';
import type { FakeSheet } from './sheet';

export class FakeWorksheetProtection
  extends FakeProxy
  implements Surface<Excel.WorksheetProtection, 'protected' | 'protect' | 'unprotect'>
{
  protected readonly scalars = ['protected'] as const;

  constructor(
    context: FakeRequestContext,
    private readonly sheet: FakeSheet
  ) {
    super(context);
  }
  protected read(): unknown {
    return this.sheet.protection !== undefined;
  }
  get protected(): boolean {
    return this.get('protected');
  }
  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    if (this.sheet.protection)
      this.context.fail(new FakeOfficeError('InvalidOperation', 'fake: sheet already protected'));
    else this.sheet.protection = { ...options };
    if (password !== undefined) throw new Error('fake: templates protect without a password');
    this.context.touch();
  }
  unprotect(): void {
    this.sheet.protection = undefined;
    this.context.touch();
  }
}
