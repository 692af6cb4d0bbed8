// Query rows as the values most of them share, sent once, and each row's own values: the driver packs every key and
// every string of every row in JS, one by one (the costliest part of a twin list's import on the Node side), while a
// source's statements repeat most of their fields (support, source, confidence, the nulls of a CSV row).

export type Row = Record<string, unknown>;

/**
 * `common`: for each key of the first row whose value (a non-null string, number or boolean) more than half the rows
 * hold, that value; `rows`: each row without those values and without nulls `common` does not need. In Cypher,
 * `SET x = $common, x += row` gives a new node exactly each row's properties (a row's null removes the common value,
 * as a null property is no property).
 */
export function sharedValues(rows: Row[]): { common: Row; rows: Row[] } {
  const common: Row = {};
  const first = rows[0];
  if (!first) return { common, rows };
  for (const [k, v] of Object.entries(first)) {
    if (v === null || typeof v === 'object') continue;
    let same = 0;
    for (const r of rows) if (r[k] === v) same++;
    if (same * 2 > rows.length) common[k] = v;
  }
  const keys = Object.keys(common);
  return {
    common,
    rows: rows.map((r) => {
      const own: Row = {};
      for (const k in r) {
        const v = r[k] ?? null;
        if (k in common ? v !== common[k] : v !== null) own[k] = v;
      }
      for (const k of keys) if (!(k in r)) own[k] = null;
      return own;
    }),
  };
}
