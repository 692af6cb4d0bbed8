// Graph reading aids computed on the visible graph: normalised node scores and communities (Louvain local moves).
type Link = { source: string; target: string };

/** Scores scaled to 0–1 (square root first, so one hub does not shrink every other node to a dot). */
export function normalise(values: ReadonlyMap<string, number>): Map<string, number> {
  const roots = new Map([...values].map(([id, v]) => [id, Math.sqrt(Math.max(0, v))]));
  const max = Math.max(0, ...roots.values());
  return new Map([...roots].map(([id, v]) => [id, max > 0 ? v / max : 0]));
}

/** Degree of each node over the given edges (a node with none gets 0). */
export function degrees(ids: readonly string[], edges: readonly Link[]): Map<string, number> {
  const d = new Map(ids.map((id) => [id, 0]));
  for (const e of edges) {
    if (d.has(e.source)) d.set(e.source, d.get(e.source)! + 1);
    if (d.has(e.target)) d.set(e.target, d.get(e.target)! + 1);
  }
  return d;
}

/**
 * Communities by the local-moving phase of Louvain: each node, in id order, joins the neighbouring community
 * that raises modularity most (staying put on a tie), until no node moves. Deterministic, so a reload colours
 * the same way; one level is enough for the few thousand nodes a view holds. Numbers run from 0, largest first.
 */
export function communities(ids: readonly string[], edges: readonly Link[], maxRounds = 20): Map<string, number> {
  const order = [...ids].sort();
  const adj = new Map<string, string[]>(order.map((id) => [id, []]));
  let m2 = 0;
  for (const e of edges) {
    if (e.source === e.target || !adj.has(e.source) || !adj.has(e.target)) continue;
    adj.get(e.source)!.push(e.target);
    adj.get(e.target)!.push(e.source);
    m2 += 2;
  }
  const community = new Map(order.map((id) => [id, id]));
  const total = new Map(order.map((id) => [id, adj.get(id)!.length]));
  for (let round = 0; round < maxRounds && m2 > 0; round++) {
    let moved = false;
    for (const id of order) {
      const k = adj.get(id)!.length;
      if (k === 0) continue;
      const own = community.get(id)!;
      total.set(own, total.get(own)! - k);
      const links = new Map<string, number>([[own, 0]]);
      for (const n of adj.get(id)!) links.set(community.get(n)!, (links.get(community.get(n)!) ?? 0) + 1);
      const gain = (c: string) => links.get(c)! - (total.get(c)! * k) / m2;
      let best = own;
      for (const c of [...links.keys()].sort()) if (gain(c) > gain(best) + 1e-12) best = c;
      total.set(best, total.get(best)! + k);
      if (best !== own) {
        community.set(id, best);
        moved = true;
      }
    }
    if (!moved) break;
  }
  const sizes = new Map<string, number>();
  for (const c of community.values()) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const numbering = new Map([...sizes].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([c], i) => [c, i]));
  return new Map(order.map((id) => [id, numbering.get(community.get(id)!)!]));
}
