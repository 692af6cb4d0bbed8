// A tool's answer in the tools panel: shared partners with every side's evidence, similar cities with their
// scores, or a path hop by hop with its alternatives.
import type { GraphNode, Paths, Relation } from '../api-types.js';
import type { ToolResult } from '../app/tool-results.js';
import { labelOf } from '../graph/elements.js';
import { RELATION_COLOURS } from '../graph/stylesheet.js';
import { relationKindLabel, t, type Lang } from '../i18n/index.js';
import { h } from './dom.js';
import { evidenceItem } from './evidence.js';
import type { ToolsContext } from './tools-panel.js';

function relationLine(r: Relation, lang: Lang, names: (id: string) => string): HTMLElement {
  return h(
    'div',
    { class: 'relation-line' },
    h('span', { class: 'swatch', style: `background:${RELATION_COLOURS[r.kind]}`, 'aria-hidden': 'true' }),
    `${names(r.source)} ${r.directed ? '→' : '—'} ${names(r.target)}: ${relationKindLabel(lang, r.kind)}${r.year !== null ? ` (${r.year})` : ''}`,
  );
}

export function toolAnswer(c: ToolsContext, r: ToolResult): HTMLElement {
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
                h('details', { class: 'hop', open: r.data.partners.length <= 3 }, h('summary', {}, relationLine(rel, lang, names)), h('ul', { class: 'evidence-list' }, rel.evidence.map((e) => evidenceItem(e, lang, c.readReport)))),
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
            h('span', { class: 'muted', title: t(lang, 'similarMeasures') }, ` · ${t(lang, 'similarScores', { jaccard: s.jaccard.toFixed(2), adamicAdar: s.adamicAdar.toFixed(2) })}`),
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
        h('li', {}, h('details', { class: 'hop', open: true }, h('summary', {}, relationLine(hop.relation, lang, names)), h('ul', { class: 'evidence-list' }, hop.relation.evidence.map((e) => evidenceItem(e, lang, c.readReport))))),
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
