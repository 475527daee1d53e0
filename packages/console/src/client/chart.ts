// Small line charts over days in SVG, drawn here rather than with a chart library: a chart is 14 day points and one
// or two lines (p50 and p90), a few dozen SVG nodes. uPlot (~50 KB min, ~22 KB gzipped) would more than triple the
// page (8 KB gzipped) for what ~90 lines do; its strength, thousands of points with zoom and cursor, is not needed.
// Sized by viewBox, so a chart shrinks to a phone's width; each has an accessible name and a table of its numbers.

export interface Series {
  name: string;
  values: (number | null)[];
}

const SVG = "http://www.w3.org/2000/svg";
const WIDTH = 320;
const HEIGHT = 120;
const LEFT = 44;
const BOTTOM = 18;
const TOP = 6;

function svg(tag: string, attrs: Record<string, string | number>, text?: string) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

function el(tag: string, text?: string, className?: string) {
  const element = document.createElement(tag);
  if (text !== undefined) element.textContent = text;
  if (className) element.className = className;
  return element;
}

/**
 * A captioned line chart over `days` (labels such as "12-03"), one line per series, a gap where a day has no value;
 * `max` fixes the scale (1 for rates). A visually hidden table holds the same numbers.
 *
 * @example
 * ```ts
 * lineChart("Breaches", ["12-03", "12-04"], [{ name: "breaches", values: [0, 2] }], String);
 * ```
 */
export function lineChart(
  title: string,
  days: string[],
  series: Series[],
  format: (value: number) => string,
  max?: number,
) {
  const figure = el("figure", undefined, "chart");
  figure.append(el("figcaption", title));
  const all = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const top = Math.max(max ?? 0, ...all) || 1;
  const chart = svg("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: "img", "aria-label": title, class: "lines" });
  const last = series.map((s) => {
    const at = s.values.findLastIndex((v) => v !== null);
    return `${s.name} ${at < 0 ? "no data" : `${format(s.values[at] as number)} on ${days[at]}`}`;
  });
  chart.append(svg("title", {}, `${title}, ${days.length} days. Latest: ${last.join("; ")}`));
  const plotH = HEIGHT - BOTTOM - TOP;
  const x = (i: number) => LEFT + ((WIDTH - LEFT - 6) * i) / Math.max(1, days.length - 1);
  const y = (v: number) => TOP + plotH - (plotH * v) / top;
  for (const v of [0, top]) {
    chart.append(
      svg("line", { x1: LEFT, x2: WIDTH - 6, y1: y(v), y2: y(v), class: "grid" }),
      svg("text", { x: LEFT - 4, y: y(v) + 4, class: "axis", "text-anchor": "end" }, format(v)),
    );
  }
  for (const i of [0, days.length - 1]) {
    chart.append(
      svg("text", { x: x(i), y: HEIGHT - 4, class: "axis", "text-anchor": i ? "end" : "start" }, days[i] ?? ""),
    );
  }
  series.forEach((s, index) => {
    let path = "";
    let pen = false;
    s.values.forEach((v, i) => {
      if (v !== null) path += `${pen ? "L" : "M"}${x(i).toFixed(1)} ${y(v).toFixed(1)}`;
      pen = v !== null;
    });
    if (path) chart.append(svg("path", { d: path, class: `line s${index}` }));
    s.values.forEach((v, i) => {
      if (v !== null) chart.append(svg("circle", { cx: x(i), cy: y(v), r: 2.5, class: `dot s${index}` }));
    });
  });
  figure.append(chart);
  if (series.length > 1) {
    const legend = el("p", undefined, "legend");
    series.forEach((s, index) => {
      legend.append(el("span", s.name, `key s${index}`));
    });
    legend.setAttribute("aria-hidden", "true");
    figure.append(legend);
  }
  const table = el("table", undefined, "vh");
  table.append(el("caption", title));
  const head = el("tr");
  head.append(el("th", "day"), ...series.map((s) => el("th", s.name)));
  table.append(head);
  days.forEach((day, i) => {
    const row = el("tr");
    row.append(
      el("th", day),
      ...series.map((s) => el("td", s.values[i] == null ? "no data" : format(s.values[i] as number))),
    );
    table.append(row);
  });
  figure.append(table);
  return figure;
}
