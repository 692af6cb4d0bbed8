// What the view holds, as named parts (the overview, each loaded neighbourhood, the current tool's answer) and
// their union by id. Replacing or dropping a part says which elements went, so the view stays a function of the
// URL: a link rebuilds exactly the parts it names.
import type { GraphEdge, GraphNode, Subgraph } from '../api-types.js';

type Sub = Pick<Subgraph, 'nodes' | 'edges'>;

export interface StoreChange {
  added: Sub;
  removed: { nodes: string[]; edges: string[] };
}

export class GraphStore {
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphEdge>();
  private readonly parts = new Map<string, Sub>();

  /** Sets a part (replacing one of the same key); answers what joined the union and what left it. */
  set(key: string, sub: Sub): StoreChange {
    this.parts.set(key, { nodes: [...sub.nodes], edges: [...sub.edges] });
    return this.rebuild();
  }

  /** Adds to a part (a neighbourhood loaded again with more, say). */
  add(key: string, sub: Sub): StoreChange {
    const old = this.parts.get(key) ?? { nodes: [], edges: [] };
    return this.set(key, { nodes: [...old.nodes, ...sub.nodes], edges: [...old.edges, ...sub.edges] });
  }

  delete(key: string): StoreChange {
    this.parts.delete(key);
    return this.rebuild();
  }

  has(key: string): boolean {
    return this.parts.has(key);
  }

  clear(): void {
    this.parts.clear();
    this.nodes.clear();
    this.edges.clear();
  }

  private rebuild(): StoreChange {
    const nodes = new Map<string, GraphNode>();
    const edges = new Map<string, GraphEdge>();
    for (const part of this.parts.values()) for (const n of part.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
    for (const part of this.parts.values()) {
      for (const e of part.edges) if (!edges.has(e.id) && nodes.has(e.source) && nodes.has(e.target)) edges.set(e.id, e);
    }
    const change: StoreChange = {
      added: { nodes: [...nodes.values()].filter((n) => !this.nodes.has(n.id)), edges: [...edges.values()].filter((e) => !this.edges.has(e.id)) },
      removed: { nodes: [...this.nodes.keys()].filter((id) => !nodes.has(id)), edges: [...this.edges.keys()].filter((id) => !edges.has(id)) },
    };
    this.nodes.clear();
    this.edges.clear();
    for (const [id, n] of nodes) this.nodes.set(id, n);
    for (const [id, e] of edges) this.edges.set(id, e);
    return change;
  }

  /** The stored graph, or the part of it whose ids are in `visible`, in the API's shape. */
  subgraph(visible?: ReadonlySet<string>): Sub {
    const keep = (id: string) => !visible || visible.has(id);
    return {
      nodes: [...this.nodes.values()].filter((n) => keep(n.id)),
      edges: [...this.edges.values()].filter((e) => keep(e.id) && keep(e.source) && keep(e.target)),
    };
  }

  get size(): number {
    return this.nodes.size + this.edges.size;
  }
}
