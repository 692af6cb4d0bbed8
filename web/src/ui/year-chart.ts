// A small chart of one entity's relations over time: a bar per year, stacked by relation kind in the legend's
// colours, and the undated ones counted beside it (they have no year to stand on).
import type { RelationKind, Timeline } from '../api-types.js';
import { RELATION_COLOURS } from '../graph/stylesheet.js';
import { relationKindLabel, t, type Lang } from '../i18n/index.js';
import { h } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 260;
const HEIGHT = 70;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, ...children: Array<SVGElement | string>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) el.append(c);
  return el;
}

export function yearChart(lang: Lang, data: Timeline): HTMLElement {
  const years = data.years.filter((y) => y.year !== null && y.total > 0);
  const box = h('figure', { class: 'year-chart', id: 'year-chart' });
  if (years.length === 0) {
    box.append(h('figcaption', { class: 'muted small' }, t(lang, 'chartNoYears'), ' · ', t(lang, 'undatedCount', { n: data.undated.total })));
    return box;
  }
  const first = Math.min(...years.map((y) => y.year!));
  const last = Math.max(...years.map((y) => y.year!));
  const span = last - first + 1;
  const max = Math.max(...years.map((y) => y.total));
  const barW = WIDTH / span;
  const chart = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT + 14}`, width: '100%', role: 'img', 'aria-label': t(lang, 'chartLabel') });
  for (const y of years) {
    let top = HEIGHT;
    for (const [kind, n] of Object.entries(y.byKind)) {
      const hgt = (n / max) * HEIGHT;
      top -= hgt;
      const rect = svg('rect', { x: (y.year! - first) * barW + 1, y: top, width: Math.max(1, barW - 2), height: hgt, fill: RELATION_COLOURS[kind as RelationKind] ?? '#999' });
      rect.append(svg('title', {}, `${y.year}: ${relationKindLabel(lang, kind as RelationKind)} ${n}`));
      chart.append(rect);
    }
  }
  chart.append(svg('text', { x: 0, y: HEIGHT + 12, 'font-size': 10 }, String(first)), svg('text', { x: WIDTH, y: HEIGHT + 12, 'font-size': 10, 'text-anchor': 'end' }, String(last)));
  box.append(chart, h('figcaption', { class: 'muted small' }, t(lang, 'chartCaption', { max }), ' · ', t(lang, 'undatedCount', { n: data.undated.total })));
  return box;
}
