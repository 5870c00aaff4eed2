import { FakeSheetCommands } from './commands';
import { FakeOfficeError } from './office-error';
import type { Surface } from './proxy';

export class FakeWorksheetProtection
  extends FakeSheetCommands
  implements Surface<Excel.WorksheetProtection, 'protected' | 'protect' | 'unprotect'>
{
  protected override readonly scalars = ['protected'] as const;

  protected override read(): unknown {
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
