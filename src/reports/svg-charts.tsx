/** @jsxImportSource hono/jsx */
/**
 * Charts as SVG drawn on the server (no script): each is an image with a title and a description
 * that say what it shows (role="img", aria-labelledby), its numbers written on it, and a table of
 * the same numbers beside it on the page. Presentation attributes only (the CSP allows no inline style).
 */

const INK = '#1a1a1a';
const GRID = '#c8c8c8';
const BAR = '#0b5394';
const TRACK = '#eeeeee';

export interface Bar {
  label: string;
  value: number;
  /** Text written at the bar; the value when absent. */
  text?: string;
  colour?: string;
}

function niceTop(max: number): { top: number; step: number } {
  const rough = Math.max(max, 1) / 4;
  const mag = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= rough) ?? 10 * mag);
  return { top: Math.max(step, Math.ceil(max / step) * step), step };
}

/** Vertical bars (e.g. requests by month). */
export function ColumnChart({ id, title, desc, bars, format }: { id: string; title: string; desc: string; bars: Bar[]; format: (n: number) => string }) {
  const width = 480;
  const height = 240;
  const left = 44;
  const bottom = 28;
  const top = 22;
  const plotW = width - left - 8;
  const plotH = height - top - bottom;
  const { top: max, step } = niceTop(Math.max(0, ...bars.map((b) => b.value)));
  const ticks: number[] = [];
  for (let v = 0; v <= max; v += step) ticks.push(v);
  const slot = plotW / Math.max(1, bars.length);
  const barW = Math.min(36, slot * 0.64);
  const y = (v: number) => top + plotH - (v / max) * plotH;
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      class="chart"
      font-family="sans-serif"
      font-size="12"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      {ticks.map((v) => (
        <g>
          <line x1={left} x2={width - 8} y1={y(v)} y2={y(v)} stroke={GRID} stroke-width="1" />
          <text x={left - 6} y={y(v) + 4} text-anchor="end" fill={INK}>
            {format(v)}
          </text>
        </g>
      ))}
      {bars.map((b, i) => {
        const x = left + i * slot + (slot - barW) / 2;
        return (
          <g>
            {b.value > 0 ? <rect x={x} y={y(b.value)} width={barW} height={y(0) - y(b.value)} fill={b.colour ?? BAR} /> : null}
            <text x={x + barW / 2} y={y(b.value) - 5} text-anchor="middle" fill={INK}>
              {b.text ?? format(b.value)}
            </text>
            <text x={left + i * slot + slot / 2} y={height - 8} text-anchor="middle" fill={INK}>
              {b.label}
            </text>
          </g>
        );
      })}
      <line x1={left} x2={width - 8} y1={y(0)} y2={y(0)} stroke={INK} stroke-width="1.5" />
    </svg>
  );
}

/** Horizontal bars, one per row (outcomes, on-time rate per unit); `max` is the full bar. */
export function BarList({ id, title, desc, bars, max, width = 480 }: { id: string; title: string; desc: string; bars: Bar[]; max: number; width?: number }) {
  const rowH = 28;
  const labelW = Math.round(width * 0.42);
  const textW = 110;
  const chars = Math.floor(labelW / 7);
  const plotW = width - labelW - textW - 12;
  const height = bars.length * rowH + 8;
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      class="chart"
      font-family="sans-serif"
      font-size="13"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      {bars.map((b, i) => {
        const y = 4 + i * rowH;
        const w = max > 0 ? (Math.min(b.value, max) / max) * plotW : 0;
        const label = b.label.length > chars ? `${b.label.slice(0, chars - 1)}…` : b.label;
        return (
          <g>
            <text x={0} y={y + 18} fill={INK}>
              {label}
            </text>
            <rect x={labelW} y={y + 4} width={plotW} height={rowH - 10} fill={TRACK} />
            {w > 0 ? <rect x={labelW} y={y + 4} width={w} height={rowH - 10} fill={b.colour ?? BAR} /> : null}
            <text x={labelW + plotW + 8} y={y + 18} fill={INK}>
              {b.text ?? String(b.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
