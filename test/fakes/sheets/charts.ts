/** Embedded charts, as Sheet.newChart builds them. */
import type { FakeRange } from './range';
import type { GRange, GChartBuilder, Faked } from './types';

export interface FakeChart {
  type: unknown;
  ranges: FakeRange[];
  position?: [number, number, number, number];
  options: Record<string, unknown>;
}

export class FakeChartBuilder implements Faked<
  GChartBuilder,
  'build' | 'addRange' | 'setChartType' | 'setPosition' | 'setOption'
> {
  private chart: FakeChart = { type: undefined, ranges: [], options: {} };
  build(): GoogleAppsScript.Spreadsheet.EmbeddedChart {
    return { ...this.chart } as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChart;
  }
  addRange(range: GRange): FakeChartBuilder {
    this.chart.ranges.push(range as unknown as FakeRange);
    return this;
  }
  setChartType(type: GoogleAppsScript.Charts.ChartType): FakeChartBuilder {
    this.chart.type = type;
    return this;
  }
  setPosition(
    anchorRow: number,
    anchorCol: number,
    offsetX: number,
    offsetY: number
  ): FakeChartBuilder {
    this.chart.position = [anchorRow, anchorCol, offsetX, offsetY];
    return this;
  }
  setOption(option: string, value: unknown): FakeChartBuilder {
    this.chart.options[option] = value;
    return this;
  }
}
