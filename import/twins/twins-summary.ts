// The twin-list import's report to a person: rows, pairs, how cities matched, and the rejected rows with why.
import type { TwinsSummary } from './import-twins.js';

const SHOWN_REJECTIONS = 20;

export function twinsSummaryLines(s: TwinsSummary, seconds?: number): string[] {
  const n = (x: number) => x.toLocaleString('en-US');
  const total = s.cities.gazetteer + s.cities.geonames + s.cities.existing + s.cities.created;
  const lines = [
    `${s.file}: ${n(s.rowsRead)} rows read${seconds === undefined ? '' : ` in ${seconds.toFixed(1)} s`}`,
    `pairs: ${n(s.pairs)} distinct (${n(s.pairsNew)} new, ${n(s.pairs - s.pairsNew)} already in the graph)`,
    `cities: ${n(s.cities.gazetteer + s.cities.geonames + s.cities.existing)} matched (${n(s.cities.gazetteer)} to the gazetteer, ` +
      `${n(s.cities.geonames)} to GeoNames, ${n(s.cities.existing)} to cities already in the graph), ${n(s.cities.created)} created`,
    `coordinates: ${n(s.placed)} of ${n(total)} cities (${percent(s.placed, total)})`,
    `rejected rows: ${n(s.rejected.length)}`,
  ];
  for (const r of s.rejected.slice(0, SHOWN_REJECTIONS)) {
    const quote = r.quote.length > 70 ? `${r.quote.slice(0, 69)}…` : r.quote;
    lines.push(`  line ${r.line}: ${r.reason}${quote ? `  [${quote}]` : ''}`);
  }
  if (s.rejected.length > SHOWN_REJECTIONS) lines.push(`  … and ${n(s.rejected.length - SHOWN_REJECTIONS)} more`);
  return lines;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${((100 * part) / whole).toFixed(1)}%`;
}
