import { formatAddress } from './address';
import { FakeOfficeError } from './office-error';
import { FakeSheetCommands } from './commands';
import type { Surface } from './proxy';
import { rectOf } from './range-ref';

/** A1-like names ("AB12") and names with spaces are refused, as Excel does. */
const BAD_NAME = /^([A-Z]{1,3}\d+|[Rr]\d*[Cc]\d*)$|[\s,;:()'"!]|^\d/i;

export class FakeNamedItemCollection
  extends FakeSheetCommands
  implements Surface<Excel.NamedItemCollection, 'add'>
{
  add(name: string, reference: Excel.Range | string, comment?: string): void {
    void comment;
    const key = name.toLowerCase();
    if (BAD_NAME.test(name) || name.length > 255)
      this.context.fail(new FakeOfficeError('InvalidArgument', `fake: bad name ${name}`));
    else if ([...this.sheet.names.keys()].some((n) => n.toLowerCase() === key))
      this.context.fail(new FakeOfficeError('ItemAlreadyExists', `fake: name ${name} exists`));
    else this.sheet.names.set(name, formatAddress(rectOf(reference)));
    this.context.touch();
  }
}
