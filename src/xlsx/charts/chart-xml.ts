/**
 * The chart part (`xl/charts/chartN.xml`, DrawingML `c:chartSpace`) for one ChartSpec: a line chart, a clustered
 * column chart or a stacked horizontal bar chart with a title, category and value axes and a legend below. Every series carries formulas into the
 * sheet and the cached values, so viewers that do not recalculate on open still draw the data.
 *
 * Children are written in the order the schema (ECMA-376 Part 1, §21.2) requires; Excel rejects a chart part whose
 * elements are out of order.
 */
import type { ChartSpec } from "../../core/sheet-spec";
import type { ChartPlot, SeriesPlot } from "./plot";
import { escapeXml } from "./xml";

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

// Axis ids only have to be unique within one chart.
const CAT_AX = 100001;
const VAL_AX = 100002;

const val = (tag: string, v: string | number) => `<c:${tag} val="${v}"/>`;

function strRef(ref: string, points: readonly string[]): string {
  const pts = points.map((p, i) => (p === "" ? "" : `<c:pt idx="${i}"><c:v>${escapeXml(p)}</c:v></c:pt>`)).join("");
  return `<c:strRef><c:f>${escapeXml(ref)}</c:f><c:strCache><c:ptCount val="${points.length}"/>${pts}</c:strCache></c:strRef>`;
}

function numRef(ref: string, values: readonly (number | null)[]): string {
  // A blank or text cell has no point: the chart shows a gap there (dispBlanksAs gap).
  const pts = values.map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join("");
  return `<c:numRef><c:f>${escapeXml(ref)}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache></c:numRef>`;
}

function series(type: ChartSpec["type"], s: SeriesPlot, i: number, plot: ChartPlot): string {
  const head = `${val("idx", i)}${val("order", i)}<c:tx>${strRef(s.nameRef, [s.name])}</c:tx>`;
  const data = `<c:cat>${strRef(plot.categoriesRef, plot.categories)}</c:cat><c:val>${numRef(s.valuesRef, s.values)}</c:val>`;
  if (type === "line")
    return `<c:ser>${head}<c:marker>${val("symbol", "circle")}${val("size", 5)}</c:marker>${data}${val("smooth", 0)}</c:ser>`;
  return `<c:ser>${head}${val("invertIfNegative", 0)}${data}</c:ser>`;
}

function plotElement(type: ChartSpec["type"], plot: ChartPlot): string {
  const ser = plot.series.map((s, i) => series(type, s, i, plot)).join("");
  const axes = `${val("axId", CAT_AX)}${val("axId", VAL_AX)}`;
  if (type === "line")
    return `<c:lineChart>${val("grouping", "standard")}${val("varyColors", 0)}${ser}${val("marker", 1)}${axes}</c:lineChart>`;
  if (type === "barStacked") {
    // Stacked bars need overlap 100, or each series is drawn beside the previous one instead of on top of it.
    return `<c:barChart>${val("barDir", "bar")}${val("grouping", "stacked")}${val("varyColors", 0)}${ser}${val("gapWidth", 60)}${val("overlap", 100)}${axes}</c:barChart>`;
  }
  return `<c:barChart>${val("barDir", "col")}${val("grouping", "clustered")}${val("varyColors", 0)}${ser}${val("gapWidth", 150)}${axes}</c:barChart>`;
}

function title(text: string): string {
  const run = `<a:r><a:rPr lang="zh-CN" sz="1200" b="1"/><a:t>${escapeXml(text)}</a:t></a:r>`;
  return `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>${run}</a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
}

/** Category and value axes; a horizontal bar chart lists its categories top-down on the left, values along the bottom. */
function axes(type: ChartSpec["type"]): string {
  const bar = type === "barStacked";
  return (
    `<c:catAx>${val("axId", CAT_AX)}<c:scaling>${val("orientation", bar ? "maxMin" : "minMax")}</c:scaling>${val("delete", 0)}${val("axPos", bar ? "l" : "b")}` +
    // Category labels stay below the plot ("low") even when values go negative and the axis crosses at zero.
    `${val("majorTickMark", "out")}${val("minorTickMark", "none")}${val("tickLblPos", "low")}${val("crossAx", VAL_AX)}` +
    `${val("crosses", "autoZero")}${val("auto", 1)}${val("lblAlgn", "ctr")}${val("lblOffset", 100)}${val("noMultiLvlLbl", 0)}</c:catAx>` +
    `<c:valAx>${val("axId", VAL_AX)}<c:scaling>${val("orientation", "minMax")}</c:scaling>${val("delete", 0)}${val("axPos", bar ? "b" : "l")}` +
    `<c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/>${val("majorTickMark", "out")}${val("minorTickMark", "none")}` +
    `${val("tickLblPos", "nextTo")}${val("crossAx", CAT_AX)}${val("crosses", "autoZero")}${val("crossBetween", "between")}</c:valAx>`
  );
}

export function chartXml(chart: ChartSpec, plot: ChartPlot): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace ${NS}>${val("date1904", 0)}${val("lang", "zh-CN")}${val("roundedCorners", 0)}` +
    `<c:chart>${chart.compact ? val("autoTitleDeleted", 1) : `${title(chart.title)}${val("autoTitleDeleted", 0)}`}<c:plotArea><c:layout/>${plotElement(chart.type, plot)}${axes(chart.type)}</c:plotArea>` +
    `${chart.compact ? "" : `<c:legend>${val("legendPos", "b")}<c:overlay val="0"/></c:legend>`}${val("plotVisOnly", chart.dataHidden ? 0 : 1)}${val("dispBlanksAs", "gap")}</c:chart>` +
    "</c:chartSpace>"
  );
}
