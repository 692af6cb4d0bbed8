// The tools panel: shared partners of 2+ cities, similar cities, and paths between two entities, with results.
import type { GraphNode, Paths, Relation, SharedPartners, Similar } from './api-types.js';
import { h } from './dom.js';
import { relationKindLabel, t } from './i18n.js';
import { evidenceItem } from './panels.js';
import { searchBox } from './search-box.js';
import { RELATION_COLOURS } from './stylesheet.js';
import { labelOf, type Lang } from './to-elements.js';
import { TOOLS, type Tool } from './url-state.js';

export type ToolResult =
  | { tool: 'shared'; data: SharedPartners }
  | { tool: 'similar'; data: Similar }
  | { tool: 'path'; data: Paths }
  | { tool: Tool; message: string };

export interface ToolsContext {
  lang: Lang;
  tool: Tool | null;
  picks: string[];
  alt: number;
  showAlternatives: boolean;
  result: ToolResult | null;
  nameOf(id: string): string;
  setTool(tool: Tool | null): void;
  setPicks(picks: string[]): void;
  /** Keeps a picked search hit, so its chip can show its name. */
  remember(node: GraphNode): void;
  run(): void;
  chooseAlt(i: number): void;
  /** Shared partners of two cities (from a similar-cities row). */
  compare(a: string, b: string): void;
  toggleAlternatives(): void;
  openNode(id: string): void;
  onError(err: unknown): void;
}

const TOOL_LABEL = { shared: 'toolShared', similar: 'toolSimilar', path: 'toolPath' } as const;

export function toolsPanel(c: ToolsContext): HTMLElement {
  const lang = c.lang;
  const tabs = h(
    'div',
    {
      role: 'tablist',
      class: 'tabs',
      'aria-label': t(lang, 'tools'),
      // Arrow keys move between the tabs, as a tab list should.
      onkeydown: (e: Event) => {
        const key = (e as KeyboardEvent).key;
        if (key !== 'ArrowRight' && key !== 'ArrowLeft') return;
        const tabs = [...(e.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('[role="tab"]')];
        const i = tabs.indexOf(document.activeElement as HTMLElement);
        tabs[(i + (key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length]?.focus();
      },
    },
    TOOLS.map((tool) =>
      h(
        'button',
        {
          role: 'tab',
          id: `tab-${tool}`,
          'aria-selected': String(c.tool === tool),
          'aria-controls': 'tool-body',
          onclick: () => c.setTool(c.tool === tool ? null : tool),
        },
        t(lang, TOOL_LABEL[tool]),
      ),
    ),
  );
  const body = h('div', { id: 'tool-body', role: 'tabpanel', 'aria-labelledby': c.tool ? `tab-${c.tool}` : undefined });
  if (c.tool) body.append(form(c), ...(c.result && c.result.tool === c.tool ? [results(c, c.result)] : []));
  return h('section', { class: 'tools', 'aria-label': t(lang, 'tools') }, h('h2', {}, t(lang, 'tools')), tabs, body);
}

function chip(c: ToolsContext, id: string, onRemove: () => void): HTMLElement {
  return h('li', { class: 'chip', 'data-id': id }, c.nameOf(id), h('button', { class: 'icon', 'aria-label': `${t(c.lang, 'remove')} ${c.nameOf(id)}`, onclick: onRemove }, '×'));
}

function form(c: ToolsContext): HTMLElement {
  const lang = () => c.lang;
  if (c.tool === 'shared') {
    return h(
      'div',
      { class: 'tool-form' },
      h('ul', { class: 'chips' }, c.picks.map((id) => chip(c, id, () => c.setPicks(c.picks.filter((p) => p !== id))))),
      searchBox({ id: 'shared-add', lang, label: 'addCity', clearOnPick: true, onError: c.onError, onPick: (hit) => (c.remember(hit), c.setPicks([...new Set([...c.picks, hit.id])])) }),
      h('button', { class: 'primary', id: 'tool-run', onclick: c.run, disabled: c.picks.length < 2 }, t(c.lang, 'run')),
      c.picks.length < 2 && h('p', { class: 'muted' }, t(c.lang, 'needTwo')),
    );
  }
  if (c.tool === 'similar') {
    return h(
      'div',
      { class: 'tool-form' },
      h('ul', { class: 'chips' }, c.picks.slice(0, 1).map((id) => chip(c, id, () => c.setPicks([])))),
      searchBox({ id: 'similar-pick', lang, label: 'pickCity', clearOnPick: true, onError: c.onError, onPick: (hit) => (c.remember(hit), c.setPicks([hit.id])) }),
      h('button', { class: 'primary', id: 'tool-run', onclick: c.run, disabled: c.picks.length < 1 }, t(c.lang, 'run')),
    );
  }
  const [from, to] = c.picks;
  const end = (which: 0 | 1, id: string | undefined) =>
    h(
      'div',
      { class: 'path-end' },
      searchBox({
        id: which === 0 ? 'path-from' : 'path-to',
        lang,
        label: which === 0 ? 'pathFrom' : 'pathTo',
        clearOnPick: true,
        onError: c.onError,
        onPick: (hit) => (c.remember(hit), c.setPicks(which === 0 ? [hit.id, to ?? ''] : [from ?? '', hit.id])),
      }),
      id ? h('ul', { class: 'chips' }, chip(c, id, () => c.setPicks(which === 0 ? ['', to ?? ''] : [from ?? '', '']))) : null,
    );
  return h(
    'div',
    { class: 'tool-form' },
    end(0, from || undefined),
    end(1, to || undefined),
    h('button', { class: 'primary', id: 'tool-run', onclick: c.run, disabled: !from || !to }, t(c.lang, 'run')),
    (!from || !to) && h('p', { class: 'muted' }, t(c.lang, 'needFromTo')),
  );
}

function relationLine(r: Relation, lang: Lang, names: (id: string) => string): HTMLElement {
  return h(
    'div',
    { class: 'relation-line' },
    h('span', { class: 'swatch', style: `background:${RELATION_COLOURS[r.kind]}`, 'aria-hidden': 'true' }),
    `${names(r.source)} ${r.directed ? '→' : '—'} ${names(r.target)}: ${relationKindLabel(lang, r.kind)}${r.year !== null ? ` (${r.year})` : ''}`,
  );
}

function results(c: ToolsContext, r: ToolResult): HTMLElement {
  const lang = c.lang;
  const box = h('div', { class: 'tool-results', 'aria-live': 'polite', id: 'tool-results' });
  if ('message' in r) {
    box.append(h('p', { class: 'notice' }, r.message));
    return box;
  }
  if (r.tool === 'shared') {
    const names = nameMap([...r.data.of, ...r.data.partners.map((p) => p.partner)], lang, c.nameOf);
    box.append(h('p', { class: 'summary' }, r.data.partners.length ? t(lang, 'sharedFound', { n: r.data.partners.length }) : t(lang, 'sharedNone')));
    box.append(
      h(
        'ol',
        { class: 'result-list' },
        r.data.partners.map((p) =>
          h(
            'li',
            { 'data-id': p.partner.id },
            h('button', { class: 'link strong', onclick: () => c.openNode(p.partner.id) }, labelOf(p.partner, lang)),
            p.sides.flatMap((side) =>
              side.relations.map((rel) =>
                // A short answer shows its evidence at once; a long one stays a scannable list.
                h('details', { class: 'hop', open: r.data.partners.length <= 3 }, h('summary', {}, relationLine(rel, lang, names)), h('ul', { class: 'evidence-list' }, rel.evidence.map((e) => evidenceItem(e, lang)))),
              ),
            ),
          ),
        ),
      ),
    );
    return box;
  }
  if (r.tool === 'similar') {
    const items = r.data.similar;
    box.append(h('p', { class: 'summary' }, items.length ? t(lang, 'similarOf', { name: labelOf(r.data.of, lang) }) : t(lang, 'similarNone')));
    box.append(
      h(
        'ol',
        { class: 'result-list' },
        items.map((s) =>
          h(
            'li',
            { 'data-id': s.city.id },
            h('button', { class: 'link strong', onclick: () => c.openNode(s.city.id) }, labelOf(s.city, lang)),
            ` · ${t(lang, 'similarShared', { n: s.common })}`,
            h('span', { class: 'muted', title: 'Jaccard · Adamic–Adar' }, ` · J ${s.jaccard.toFixed(2)} · AA ${s.adamicAdar.toFixed(2)}`),
            h('div', { class: 'muted small' }, s.shared.map((p) => labelOf(p, lang)).join(', ')),
            h('button', { class: 'small-button', onclick: () => c.compare(r.data.of.id, s.city.id) }, t(lang, 'toolShared')),
          ),
        ),
      ),
    );
    return box;
  }
  const paths = r.data.paths;
  const names = nameMap(r.data.nodes, lang, c.nameOf);
  if (paths.length === 0) {
    box.append(h('p', { class: 'summary' }, t(lang, 'pathNone', { n: 4 })));
    return box;
  }
  const alt = Math.min(c.alt, paths.length - 1);
  const path = paths[alt]!;
  box.append(h('p', { class: 'summary' }, t(lang, 'pathN', { i: alt + 1, n: path.length })));
  box.append(
    h(
      'ol',
      { class: 'result-list hops' },
      path.hops.map((hop) =>
        h('li', {}, h('details', { class: 'hop', open: true }, h('summary', {}, relationLine(hop.relation, lang, names)), h('ul', { class: 'evidence-list' }, hop.relation.evidence.map((e) => evidenceItem(e, lang))))),
      ),
    ),
  );
  if (paths.length > 1) {
    box.append(h('button', { id: 'path-alternatives', 'aria-expanded': String(c.showAlternatives), onclick: c.toggleAlternatives }, `${t(lang, 'alternatives')} (${paths.length - 1})`));
    if (c.showAlternatives) {
      box.append(
        h(
          'ol',
          { class: 'alternatives' },
          paths.map((p, i) =>
            h('li', {}, h('button', { class: 'link', 'aria-current': i === alt ? 'true' : undefined, onclick: () => c.chooseAlt(i) }, altLabel(p.hops, names, lang))),
          ),
        ),
      );
    }
  }
  return box;
}

/** `A —twin cities— B —visit→ C`: the nodes with each hop's kind, so parallel paths read apart. */
function altLabel(hops: Paths['paths'][number]['hops'], names: (id: string) => string, lang: Lang): string {
  if (hops.length === 0) return '';
  return hops.reduce((text, hop) => `${text} —${relationKindLabel(lang, hop.relation.kind)}${hop.relation.directed ? '→' : '—'} ${names(hop.to)}`, names(hops[0]!.from));
}

function nameMap(nodes: readonly GraphNode[], lang: Lang, fallback: (id: string) => string): (id: string) => string {
  const m = new Map(nodes.map((n) => [n.id, labelOf(n, lang)]));
  return (id) => m.get(id) ?? fallback(id);
}
