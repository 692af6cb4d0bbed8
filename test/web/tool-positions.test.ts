import { describe, expect, it } from 'vitest';
import { chainPositions, hopsToArc, onSegment, sidesPositions } from '../../web/src/graph/tool-positions.js';

describe('tool positions', () => {
  const paths = [
    ['inst:school', 'city:a', 'city:b', 'inst:uni'],
    ['inst:school', 'city:a', 'city:c', 'city:b', 'inst:uni'],
    ['inst:school', 'city:d', 'inst:uni'],
  ];

  it('draws the chosen path as a chain in order, left to right', () => {
    const pos = chainPositions(paths, 0);
    const xs = paths[0]!.map((id) => pos[id]!.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(paths[0]!.map((id) => pos[id]!.y))).toEqual(new Set([0]));
  });

  it('puts every alternative on its own row; a hop that would run over another node is drawn as an arc', () => {
    const hops = paths.flatMap((path) => path.slice(1).map((id, i) => [path[i]!, id] as [string, string]));
    for (const chosen of [0, 1, 2]) {
      const pos = chainPositions(paths, chosen);
      expect(Object.keys(pos).sort()).toEqual([...new Set(paths.flat())].sort());
      const arcs = hopsToArc(hops, pos);
      for (const [a, b] of hops) {
        const through = Object.keys(pos).filter((id) => id !== a && id !== b && onSegment(pos[id]!, pos[a]!, pos[b]!));
        if (through.length > 0) expect(arcs.has(`${a}|${b}`), `${a}–${b} with path ${chosen} chosen`).toBe(true);
      }
      // The chosen path's own hops are never arcs: it reads as a straight chain.
      const main = paths[chosen]!;
      for (let i = 1; i < main.length; i++) expect(arcs.has(`${main[i - 1]}|${main[i]}`)).toBe(false);
    }
    expect(hopsToArc([['city:a', 'city:b']], chainPositions(paths, 1)).has('city:a|city:b')).toBe(true);
  });

  it('puts the chosen cities on one side and the partners on the other, no edge through a third node', () => {
    const of = ['city:omsk', 'city:tomsk'];
    const partners = ['city:minsk', 'city:gomel', 'city:riga'];
    const pos = sidesPositions(of, partners);
    for (const c of of) for (const p of partners) expect(pos[c]!.x).toBeLessThan(pos[p]!.x);
    for (const c of of) {
      for (const p of partners) {
        const through = Object.keys(pos).filter((id) => id !== c && id !== p && onSegment(pos[id]!, pos[c]!, pos[p]!));
        expect(through).toEqual([]);
      }
    }
  });
});
