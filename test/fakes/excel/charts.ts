import { formatAddress } from './address';
import type { FakeRequestContext } from './context';
import { FakeOfficeError } from './office-error';
import { FakeSheetCommands } from './commands';
import { FakeProxy, field, setField, type Surface } from './proxy';
import { fullAddress, rectOf } from './range-ref';
import type { ChartRecord, ChartSeriesRecord } from './records';
import type { FakeSheet } from './sheet';

const SERIES = [
  'name',
  'markerStyle',
  'hasDataLabels',
  'chartType',
  'markerBackgroundColor',
  'markerForegroundColor',
] as const;

export class FakeChartSeries
  extends FakeProxy
  implements
    Surface<
      Excel.ChartSeries,
      | 'name'
      | 'markerStyle'
      | 'hasDataLabels'
      | 'setValues'
      | 'setXAxisValues'
      | 'chartType'
      | 'markerBackgroundColor'
      | 'markerForegroundColor'
      | 'format'
    >
{
  protected readonly scalars = SERIES;
  declare name: string;
  declare markerStyle: string;
  declare hasDataLabels: boolean;
  declare chartType: string;
  declare markerBackgroundColor: string;
  declare markerForegroundColor: string;
  static {
    FakeProxy.properties(this, SERIES, (series, name, v) => setField(series.record, name, v));
  }
  /** Fill and line colours, kept on the series record. */
  readonly format: {
    fill: { setSolidColor(color: string): void };
    line: { color: string };
  };

  constructor(
    context: FakeRequestContext,
    readonly record: ChartSeriesRecord
  ) {
    super(context);
    const touch = (): void => context.touch();
    this.format = {
      fill: {
        setSolidColor(color: string): void {
          record.fillColor = color;
          touch();
        },
      },
      line: {
        get color(): string {
          return record.lineColor ?? '';
        },
        set color(v: string) {
          record.lineColor = v;
          touch();
        },
      },
    };
  }
  protected read(name: string): unknown {
    return field(this.record, name);
  }
  setValues(sourceData: Excel.Range): void {
    this.record.values = fullAddress(sourceData);
    this.context.touch();
  }
  setXAxisValues(sourceData: Excel.Range): void {
    this.record.xValues = fullAddress(sourceData);
    this.context.touch();
  }
}

export class FakeChartSeriesCollection
  extends FakeProxy
  implements Surface<Excel.ChartSeriesCollection, 'add' | 'getItemAt'>
{
  protected readonly scalars = [] as const;

  constructor(
    context: FakeRequestContext,
    private readonly chart: ChartRecord
  ) {
    super(context);
  }
  protected read(): unknown {
    return undefined;
  }
  add(name?: string): FakeChartSeries {
    const record: ChartSeriesRecord = { name: name ?? `Series${this.chart.series.length + 1}` };
    this.chart.series.push(record);
    this.context.touch();
    return new FakeChartSeries(this.context, record);
  }
  getItemAt(index: number): FakeChartSeries {
    const record = this.chart.series[index];
    if (!record) this.context.fail(new FakeOfficeError('ItemNotFound', `no series at ${index}`));
    return new FakeChartSeries(this.context, record ?? { name: '' });
  }
}

const CHART = ['name', 'top', 'left', 'width', 'height'] as const;

/** A chart: title, legend and axes are plain records the test reads back from ChartRecord. */
export class FakeChart
  extends FakeProxy
  implements
    Surface<
      Excel.Chart,
      | 'name'
      | 'title'
      | 'legend'
      | 'axes'
      | 'series'
      | 'setPosition'
      | 'delete'
      | 'top'
      | 'left'
      | 'width'
      | 'height'
    >
{
  protected readonly scalars = CHART;
  declare name: string;
  declare top: number;
  declare left: number;
  declare width: number;
  declare height: number;
  static {
    FakeProxy.properties(this, CHART, (chart, name, v) => setField(chart.record, name, v));
  }
  readonly series: FakeChartSeriesCollection;

  constructor(
    context: FakeRequestContext,
    private readonly sheet: FakeSheet,
    readonly record: ChartRecord,
    isNull = false
  ) {
    super(context, isNull);
    this.series = new FakeChartSeriesCollection(context, record);
  }
  protected read(name: string): unknown {
    return field(this.record, name);
  }
  get title(): ChartRecord['title'] {
    return this.record.title;
  }
  get legend(): ChartRecord['legend'] {
    return this.record.legend;
  }
  get axes(): ChartRecord['axes'] {
    return this.record.axes;
  }
  setPosition(startCell: Excel.Range | string, endCell?: Excel.Range | string): void {
    const at = (c: Excel.Range | string): string => formatAddress(rectOf(c));
    this.record.position = {
      start: at(startCell),
      end: endCell === undefined ? undefined : at(endCell),
    };
    this.context.touch();
  }
  delete(): void {
    const i = this.sheet.charts.indexOf(this.record);
    if (i >= 0) this.sheet.charts.splice(i, 1);
    this.context.touch();
  }
}

export class FakeChartCollection
  extends FakeSheetCommands
  implements Surface<Excel.ChartCollection, 'add' | 'getItemOrNullObject'>
{
  add(type: string, sourceData: Excel.Range, seriesBy = 'Auto'): FakeChart {
    const record: ChartRecord = {
      type,
      source: fullAddress(sourceData),
      seriesBy,
      name: `Chart ${this.sheet.charts.length + 1}`,
      title: {},
      legend: {},
      axes: { categoryAxis: { title: {} }, valueAxis: { title: {} } },
      series: [{ name: 'Series1' }],
    };
    this.sheet.charts.push(record);
    this.context.touch();
    return new FakeChart(this.context, this.sheet, record);
  }

  getItemOrNullObject(name: string): FakeChart {
    const record = this.sheet.charts.find((c) => c.name === name);
    return record
      ? new FakeChart(this.context, this.sheet, record)
      : new FakeChart(this.context, this.sheet, { series: [] } as unknown as ChartRecord, true);
  }
}
