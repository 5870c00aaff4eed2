import { formatAddress } from './address';
import type { FakeRequestContext } from './context';
import { FakeOfficeError } from './office-error';
import { FakeProxy, field, setField, type Surface } from './proxy';
import { rectOf } from './range-ref';
import type { PageLayoutRecord } from './records';
import type { FakeSheet } from './sheet';

export class FakeHeaderFooter
  extends FakeProxy
  implements Surface<Excel.HeaderFooter, 'leftFooter' | 'centerFooter' | 'rightFooter'>
{
  protected readonly scalars = ['leftFooter', 'centerFooter', 'rightFooter'] as const;
  declare leftFooter: string;
  declare centerFooter: string;
  declare rightFooter: string;
  static {
    FakeProxy.properties(this, ['leftFooter', 'centerFooter', 'rightFooter'], (hf, name, v) =>
      setField(hf.footer, name.replace('Footer', ''), v)
    );
  }

  constructor(
    context: FakeRequestContext,
    private readonly footer: PageLayoutRecord['footer']
  ) {
    super(context);
  }
  protected read(name: string): unknown {
    return this.footer[name.replace('Footer', '') as 'left'] ?? '';
  }
}

/** Print setup; the footer set for all pages is the one kept. */
export class FakePageLayout
  extends FakeProxy
  implements
    Surface<
      Excel.PageLayout,
      | 'orientation'
      | 'zoom'
      | 'setPrintArea'
      | 'setPrintTitleRows'
      | 'setPrintMargins'
      | 'headersFooters'
    >
{
  protected readonly scalars = ['orientation', 'zoom'] as const;
  readonly headersFooters: { defaultForAllPages: FakeHeaderFooter };

  constructor(
    context: FakeRequestContext,
    private readonly sheet: FakeSheet
  ) {
    super(context);
    this.headersFooters = {
      defaultForAllPages: new FakeHeaderFooter(context, sheet.pageLayout.footer),
    };
  }
  protected read(name: string): unknown {
    return field(this.sheet.pageLayout, name);
  }
  get orientation(): string {
    return this.get('orientation');
  }
  set orientation(v: string) {
    if (v !== 'Portrait' && v !== 'Landscape')
      this.context.fail(new FakeOfficeError('InvalidArgument', `fake: orientation ${v}`));
    this.sheet.pageLayout.orientation = v;
    this.setLocal('orientation', v);
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    return this.get('zoom');
  }
  set zoom(v: Excel.PageLayoutZoomOptions) {
    if (v.scale !== undefined && (v.horizontalFitToPages ?? v.verticalFitToPages) !== undefined)
      this.context.fail(new FakeOfficeError('InvalidArgument', 'fake: scale and fit together'));
    this.sheet.pageLayout.zoom = v;
    this.setLocal('zoom', v);
  }
  /** A string may list several ranges, comma-separated ("the range or ranges" to print). */
  setPrintArea(printArea: Excel.Range | Excel.RangeAreas | string): void {
    this.sheet.pageLayout.printArea =
      typeof printArea === 'string'
        ? printArea
            .split(',')
            .map((a) => formatAddress(rectOf(a.trim())))
            .join(',')
        : formatAddress(rectOf(printArea as Excel.Range));
    this.context.touch();
  }
  setPrintTitleRows(printTitleRows: Excel.Range | string): void {
    if (typeof printTitleRows === 'string' && !/^\$\d+:\$\d+$/.test(printTitleRows))
      this.context.fail(
        new FakeOfficeError('InvalidArgument', `fake: title rows ${printTitleRows}`)
      );
    this.sheet.pageLayout.printTitleRows =
      typeof printTitleRows === 'string' ? printTitleRows : formatAddress(rectOf(printTitleRows));
    this.context.touch();
  }
  setPrintMargins(unit: string, marginOptions: Excel.PageLayoutMarginOptions): void {
    this.sheet.pageLayout.margins = { unit, options: marginOptions };
    this.context.touch();
  }
}
