import type { FakeWorkbook } from './workbook';

/**
 * Installs `globalThis.Office` with the requirement sets a host supports (ExcelApi up to
 * `excelApi`); returns a function that restores it.
 */
export function installFakeOffice(excelApi: string): () => void {
  const g = globalThis as { Office?: unknown };
  const previous = g.Office;
  const minor = (v: string) => Number(v.split('.')[1] ?? 0);
  g.Office = {
    context: {
      requirements: {
        isSetSupported: (name: string, version = '1.1') =>
          name === 'ExcelApi' && minor(version) <= minor(excelApi),
      },
    },
  };
  return () => {
    g.Office = previous;
  };
}

/** Installs `globalThis.Excel` (run + the enums tests need); returns a function that restores it. */
export function installFakeExcel(workbook: FakeWorkbook): () => void {
  const g = globalThis as { Excel?: unknown };
  const previous = g.Excel;
  g.Excel = { run: workbook.run, ...ENUMS };
  return () => {
    g.Excel = previous;
  };
}

function enumOf(
  values: readonly string[],
  keys: Record<string, string> = {}
): Record<string, string> {
  return Object.fromEntries(
    values.map((v) => [keys[v] ?? v.charAt(0).toLowerCase() + v.slice(1), v])
  );
}

/** Comparisons both operator enums hold; they name "or equal" differently. */
const COMPARISONS = ['Between', 'NotBetween', 'EqualTo', 'NotEqualTo', 'GreaterThan', 'LessThan'];

/** The Excel enums code may name (real keys and values); string literals work just as well. */
const ENUMS = {
  ConditionalFormatType: enumOf([
    'Custom',
    'DataBar',
    'ColorScale',
    'IconSet',
    'TopBottom',
    'PresetCriteria',
    'ContainsText',
    'CellValue',
  ]),
  ConditionalCellValueOperator: enumOf([
    'Invalid',
    ...COMPARISONS,
    'GreaterThanOrEqual',
    'LessThanOrEqual',
  ]),
  ConditionalTextOperator: enumOf(['Invalid', 'Contains', 'NotContains', 'BeginsWith', 'EndsWith']),
  DataValidationOperator: enumOf([...COMPARISONS, 'GreaterThanOrEqualTo', 'LessThanOrEqualTo']),
  DataValidationAlertStyle: enumOf(['Stop', 'Warning', 'Information']),
  HorizontalAlignment: enumOf([
    'General',
    'Left',
    'Center',
    'Right',
    'Fill',
    'Justify',
    'CenterAcrossSelection',
    'Distributed',
  ]),
  VerticalAlignment: enumOf(['Top', 'Center', 'Bottom', 'Justify', 'Distributed']),
  BorderIndex: enumOf([
    'EdgeTop',
    'EdgeBottom',
    'EdgeLeft',
    'EdgeRight',
    'InsideVertical',
    'InsideHorizontal',
    'DiagonalDown',
    'DiagonalUp',
  ]),
  BorderLineStyle: enumOf([
    'None',
    'Continuous',
    'Dash',
    'DashDot',
    'DashDotDot',
    'Dot',
    'Double',
    'SlantDashDot',
  ]),
  BorderWeight: enumOf(['Hairline', 'Thin', 'Medium', 'Thick']),
  ChartType: enumOf(['ColumnClustered', 'BarClustered', 'Line', 'Pie', 'XYScatter'], {
    XYScatter: 'xyscatter',
  }),
  ChartSeriesBy: enumOf(['Auto', 'Columns', 'Rows']),
  ChartLegendPosition: enumOf(['Invalid', 'Top', 'Bottom', 'Left', 'Right', 'Corner', 'Custom']),
  ChartMarkerStyle: enumOf([
    'Invalid',
    'Automatic',
    'None',
    'Square',
    'Diamond',
    'Triangle',
    'Circle',
  ]),
  ClearApplyTo: enumOf(['All', 'Formats', 'Contents', 'Hyperlinks', 'RemoveHyperlinks']),
  SheetVisibility: enumOf(['Visible', 'Hidden', 'VeryHidden']),
};
