// Horizontal bar charts in SVG, drawn here rather than with a chart library: `GET /api/metrics` gives one number per
// platform and queue, which is a bar chart of a few rows; this is ~60 lines against ~50 KB for uPlot (whose strength,
// long time series, the API does not give). Sized by viewBox, so a chart shrinks to a phone's width.

export interface ChartRow {
  label: string;
  value: number | null;
}

const SVG = "http://www.w3.org/2000/svg";
const ROW = 26;
const WIDTH = 320;
const LABEL = 130;

function svg(tag: string, attrs: Record<string, string | number>, text?: string) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/**
 * A captioned bar chart; rows without a value say "no data". `max` fixes the scale (1 for rates).
 *
 * @example
 * ```ts
 * barChart("Breaches", [{ label: "queue care", value: 2 }], String);
 * ```
 */
export function barChart(title: string, rows: ChartRow[], format: (value: number) => string, max?: number) {
  const figure = document.createElement("figure");
  figure.className = "chart";
  const caption = document.createElement("figcaption");
  caption.textContent = title;
  figure.append(caption);
  if (rows.length === 0) {
    const empty = document.createElement("p");
    empty.className = "hint";
    empty.textContent = "No data yet.";
    figure.append(empty);
    return figure;
  }
  const top = Math.max(max ?? 0, ...rows.map((r) => r.value ?? 0)) || 1;
  const height = rows.length * ROW + 4;
  const chart = svg("svg", { viewBox: `0 0 ${WIDTH} ${height}`, role: "img", "aria-label": title, class: "bars" });
  const summary = rows.map((r) => `${r.label}: ${r.value === null ? "no data" : format(r.value)}`).join("; ");
  chart.append(svg("title", {}, `${title}. ${summary}`));
  rows.forEach((row, index) => {
    const y = index * ROW + 4;
    const barWidth = row.value === null ? 0 : Math.max(2, ((WIDTH - LABEL - 60) * row.value) / top);
    chart.append(
      svg(
        "text",
        { x: 0, y: y + 14, class: "label" },
        row.label.length > 20 ? `${row.label.slice(0, 19)}…` : row.label,
      ),
      svg("rect", { x: LABEL, y: y + 2, width: barWidth, height: 16, rx: 2, class: "bar" }),
      svg(
        "text",
        { x: LABEL + barWidth + 4, y: y + 14, class: "value" },
        row.value === null ? "no data" : format(row.value),
      ),
    );
  });
  figure.append(chart);
  return figure;
}
