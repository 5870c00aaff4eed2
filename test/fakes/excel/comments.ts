import { cellKey, parseAddress } from './address';
import type { FakeRequestContext } from './context';
import { FakeOfficeError } from './office-error';
import { FakeProxy, type Surface } from './proxy';
import { asFake } from './range-ref';
import type { FakeSheet } from './sheet';

// Comments (ExcelApi 1.10): one per cell, added on a single cell, looked up by cell

/** The sheet and key of the one cell a comment call names ("Sheet!A1" or a range). */
function commentCell(
  context: FakeRequestContext,
  at: Excel.Range | string
): { sheet: FakeSheet; key: number } {
  const named = typeof at === 'string' ? parseAddress(at) : undefined;
  const sheet = named ? context.model.sheet(named.sheet ?? '') : asFake(at as Excel.Range).sheet;
  const rect = named ? named.rect : asFake(at as Excel.Range).rect;
  if (rect.rows !== 1 || rect.cols !== 1)
    context.fail(new FakeOfficeError('InvalidArgument', 'fake: a comment goes on one cell'));
  return { sheet, key: cellKey(rect.row, rect.col) };
}

export class FakeCommentCollection
  extends FakeProxy
  implements Surface<Excel.CommentCollection, 'add' | 'getItemByCell'>
{
  protected readonly scalars = [] as const;

  protected read(): unknown {
    return undefined;
  }

  /** Adding on a cell that has a comment fails, as in Excel. */
  add(cellAddress: Excel.Range | string, content: string | Excel.CommentRichContent): FakeComment {
    const { sheet, key } = commentCell(this.context, cellAddress);
    const text = typeof content === 'string' ? content : content.richContent;
    if (sheet.comments.has(key))
      this.context.fail(new FakeOfficeError('InvalidArgument', 'fake: the cell has a comment'));
    else sheet.comments.set(key, text);
    return new FakeComment(this.context, sheet, key, false);
  }

  /** The cell's comment; a command on it fails at the next sync when there is none. */
  getItemByCell(cellAddress: Excel.Range | string): FakeComment {
    const { sheet, key } = commentCell(this.context, cellAddress);
    return new FakeComment(this.context, sheet, key, !sheet.comments.has(key));
  }
}

export class FakeComment extends FakeProxy implements Surface<Excel.Comment, 'content'> {
  protected readonly scalars = ['content'] as const;
  declare content: string;
  static {
    FakeProxy.properties(this, ['content'], (comment, _name, text) => {
      if (comment.exists('comment')) comment.sheet.comments.set(comment.key, text as string);
    });
  }

  constructor(
    context: FakeRequestContext,
    private readonly sheet: FakeSheet,
    private readonly key: number,
    missing: boolean
  ) {
    super(context, missing);
  }

  protected read(): unknown {
    return this.sheet.comments.get(this.key);
  }
}
