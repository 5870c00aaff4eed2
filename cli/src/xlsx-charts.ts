/**
 * ExcelJS writes no charts: this module adds them to the written .xlsx package as DrawingML parts
 * (xl/charts/chartN.xml, xl/drawings/drawingN.xml and their relationships, content-type overrides
 * and the sheet's <drawing>), using jszip, which ExcelJS itself uses (docs/templates.md "Charts").
 */
import JSZip from 'jszip';
import { parseCell, parseRange, rangeA1, type ChartSpec } from '@boussole/core';
import { repairDefinedNames } from './xlsx-names';

const NS = {
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  rel: 'http://schemas.openxmlformats.org/package/2006/relationships',
};
const REL_TYPE = {
  chart: `${NS.r}/chart`,
  drawing: `${NS.r}/drawing`,
};
const CONTENT_TYPE = {
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
};

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** 'Sheet name'!$A$1:$A$9, as a chart formula refers to cells. */
function ref(sheet: string, range: string): string {
  const a = parseRange(range);
  return `'${sheet.replace(/'/g, "''")}'!${rangeA1(a.top, a.left, a.bottom, a.right, true)}`;
}

const rich = (text: string): string =>
  `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${esc(text)}</a:t></a:r></a:p></c:rich></c:tx>`;
const title = (text: string | undefined): string =>
  text ? `<c:title>${rich(text)}<c:overlay val="0"/></c:title>` : '';
const fill = (color: string | undefined): string =>
  color ? `<a:solidFill><a:srgbClr val="${color.replace('#', '')}"/></a:solidFill>` : '';

type Axis = ChartSpec['x'];

const numFmt = (axis: Axis): string =>
  axis?.format
    ? `<c:numFmt formatCode="${esc(axis.format)}" sourceLinked="0"/>`
    : '<c:numFmt formatCode="General" sourceLinked="1"/>';

function scaling(axis: Axis): string {
  return (
    '<c:scaling><c:orientation val="minMax"/>' +
    (axis?.max !== undefined ? `<c:max val="${axis.max}"/>` : '') +
    (axis?.min !== undefined ? `<c:min val="${axis.min}"/>` : '') +
    '</c:scaling>'
  );
}

function valAx(id: number, cross: number, pos: string, axis: Axis, grid: boolean): string {
  return (
    `<c:valAx><c:axId val="${id}"/>${scaling(axis)}<c:delete val="0"/><c:axPos val="${pos}"/>` +
    (grid ? '<c:majorGridlines/>' : '') +
    title(axis?.title) +
    numFmt(axis) +
    '<c:majorTickMark val="out"/>' +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${cross}"/>` +
    '<c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>'
  );
}

function catAx(id: number, cross: number, pos: string, axis: Axis): string {
  return (
    `<c:catAx><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${pos}"/>${title(axis?.title)}` +
    '<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/>' +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${cross}"/>` +
    '<c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/>' +
    '<c:noMultiLvlLbl val="0"/></c:catAx>'
  );
}

/** The plot: chart-type element with its series, then its axes. */
function plot(c: ChartSpec, sheet: string): string {
  const head = (s: ChartSpec['series'][number], i: number) =>
    `<c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${esc(s.name)}</c:v></c:tx>`;
  const cat = (s: ChartSpec['series'][number]) =>
    `<c:cat><c:strRef><c:f>${esc(ref(sheet, s.categories))}</c:f></c:strRef></c:cat>`;
  const val = (s: ChartSpec['series'][number]) =>
    `<c:val><c:numRef><c:f>${esc(ref(sheet, s.values))}</c:f></c:numRef></c:val>`;
  const axes = '<c:axId val="1"/><c:axId val="2"/>';
  switch (c.kind) {
    case 'scatter': {
      const series = c.series.map((s, i) => {
        const look = s.line
          ? `<c:spPr><a:ln w="19050">${fill(s.color)}<a:prstDash val="dash"/></a:ln></c:spPr>` +
            '<c:marker><c:symbol val="none"/></c:marker>'
          : '<c:spPr><a:ln w="19050"><a:noFill/></a:ln></c:spPr>' +
            `<c:marker><c:symbol val="circle"/><c:size val="7"/><c:spPr>${fill(s.color)}</c:spPr></c:marker>`;
        return (
          `<c:ser>${head(s, i)}${look}` +
          `<c:xVal><c:numRef><c:f>${esc(ref(sheet, s.categories))}</c:f></c:numRef></c:xVal>` +
          `<c:yVal><c:numRef><c:f>${esc(ref(sheet, s.values))}</c:f></c:numRef></c:yVal>` +
          '<c:smooth val="0"/></c:ser>'
        );
      });
      return (
        `<c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>${series.join('')}${axes}</c:scatterChart>` +
        valAx(1, 2, 'b', c.x, false) +
        valAx(2, 1, 'l', c.y, true)
      );
    }
    case 'bar':
    case 'column': {
      const series = c.series.map(
        (s, i) =>
          `<c:ser>${head(s, i)}<c:spPr>${fill(s.color)}</c:spPr><c:invertIfNegative val="0"/>${cat(s)}${val(s)}</c:ser>`
      );
      const dir = c.kind === 'bar' ? 'bar' : 'col';
      return (
        `<c:barChart><c:barDir val="${dir}"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
        `${series.join('')}<c:gapWidth val="80"/>${axes}</c:barChart>` +
        catAx(1, 2, dir === 'bar' ? 'l' : 'b', c.x) +
        valAx(2, 1, dir === 'bar' ? 'b' : 'l', c.y, true)
      );
    }
    case 'line':
    case 'radar': {
      const series = c.series.map(
        (s, i) =>
          `<c:ser>${head(s, i)}<c:spPr><a:ln w="28575">${fill(s.color)}</a:ln></c:spPr>` +
          `<c:marker><c:symbol val="circle"/><c:size val="6"/><c:spPr>${fill(s.color)}</c:spPr></c:marker>` +
          `${cat(s)}${val(s)}${c.kind === 'line' ? '<c:smooth val="0"/>' : ''}</c:ser>`
      );
      const body = `${series.join('')}${c.kind === 'line' ? '<c:marker val="1"/>' : ''}${axes}`;
      return (
        (c.kind === 'line'
          ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${body}</c:lineChart>`
          : `<c:radarChart><c:radarStyle val="marker"/><c:varyColors val="0"/>${body}</c:radarChart>`) +
        catAx(1, 2, 'b', c.x) +
        valAx(2, 1, 'l', c.y, true)
      );
    }
  }
}

/** One chart part. */
export function chartXml(c: ChartSpec, sheet: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    '<c:roundedCorners val="0"/><c:chart>' +
    `${title(c.title)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot(c, sheet)}</c:plotArea>` +
    (c.series.length > 1 ? '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>' : '') +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
}

/** The drawing of one sheet: each chart anchored from its cell over its size in cells. */
function drawingXml(charts: readonly ChartSpec[]): string {
  const anchors = charts.map((c, i) => {
    const at = parseCell(c.anchor);
    const corner = (tag: string, col: number, row: number) =>
      `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
    return (
      '<xdr:twoCellAnchor editAs="oneCell">' +
      corner('from', at.col - 1, at.row - 1) +
      corner('to', at.col - 1 + c.size.cols, at.row - 1 + c.size.rows) +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${esc(c.title)}"/>` +
      '<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" r:id="rId${i + 1}"/>` +
      '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
    );
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">${anchors.join('')}</xdr:wsDr>`
  );
}

const rels = (items: { id: string; type: string; target: string }[]): string =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  `<Relationships xmlns="${NS.rel}">` +
  items.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join('') +
  '</Relationships>';

/** Where <drawing> goes in a worksheet: before these elements, if present (ECMA-376 order). */
const AFTER_DRAWING = [
  '<legacyDrawing',
  '<legacyDrawingHF',
  '<picture',
  '<oleObjects',
  '<controls',
  '<tableParts',
  '<extLst',
  '</worksheet>',
];

export interface SheetCharts {
  /** The worksheet part, e.g. "xl/worksheets/sheet3.xml". */
  part: string;
  /** The sheet's name, for the charts' cell references. */
  sheet: string;
  charts: readonly ChartSpec[];
}

/**
 * The package with every sheet's charts added, and ExcelJS's defined names repaired
 * (xlsx-names.ts): the one pass over the written package.
 */
export async function addCharts(xlsx: Buffer, sheets: readonly SheetCharts[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const book = await text(zip, 'xl/workbook.xml');
  const repaired = repairDefinedNames(
    book,
    sheets.map((s) => s.sheet)
  );
  const todo = sheets.filter((s) => s.charts.length > 0);
  if (todo.length === 0 && repaired === book) return xlsx;
  zip.file('xl/workbook.xml', repaired);
  let types = await text(zip, '[Content_Types].xml');
  let chartNo = 0;
  let drawingNo = 0;
  for (const s of todo) {
    const d = ++drawingNo;
    const chartRels = s.charts.map((c) => {
      const n = ++chartNo;
      zip.file(`xl/charts/chart${n}.xml`, chartXml(c, s.sheet));
      types = override(types, `/xl/charts/chart${n}.xml`, CONTENT_TYPE.chart);
      return { type: REL_TYPE.chart, target: `../charts/chart${n}.xml` };
    });
    zip.file(`xl/drawings/drawing${d}.xml`, drawingXml(s.charts));
    zip.file(
      `xl/drawings/_rels/drawing${d}.xml.rels`,
      rels(chartRels.map((r, i) => ({ id: `rId${i + 1}`, ...r })))
    );
    types = override(types, `/xl/drawings/drawing${d}.xml`, CONTENT_TYPE.drawing);
    const relsPart = s.part.replace(/([^/]+)$/, '_rels/$1.rels');
    const existing = zip.file(relsPart) ? await text(zip, relsPart) : rels([]);
    const id = `rIdBoussoleDrawing${d}`;
    zip.file(
      relsPart,
      existing.replace(
        '</Relationships>',
        `<Relationship Id="${id}" Type="${REL_TYPE.drawing}" Target="../drawings/drawing${d}.xml"/></Relationships>`
      )
    );
    const xml = await text(zip, s.part);
    const at = Math.min(...AFTER_DRAWING.map((t) => xml.indexOf(t)).filter((i) => i >= 0));
    zip.file(s.part, `${xml.slice(0, at)}<drawing r:id="${id}"/>${xml.slice(at)}`);
  }
  zip.file('[Content_Types].xml', types);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function text(zip: JSZip, part: string): Promise<string> {
  const f = zip.file(part);
  if (!f) throw new Error(`xlsx: missing part ${part}`);
  return f.async('string');
}

const override = (types: string, part: string, type: string): string =>
  types.replace('</Types>', `<Override PartName="${part}" ContentType="${type}"/></Types>`);
