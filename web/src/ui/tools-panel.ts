// The tools panel: tabs for shared partners of 2+ cities, similar cities and paths, each tool's form and answer.
import type { GraphNode } from '../api-types.js';
import type { ToolResult } from '../app/tool-results.js';
import { TOOLS, type Tool } from '../app/state.js';
import { t, type Lang } from '../i18n/index.js';
import { h } from './dom.js';
import type { ReadReport } from './evidence.js';
import { searchBox } from './search-box.js';
import { toolAnswer } from './tool-answers.js';

export type { ToolResult };

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
  readReport: ReadReport;
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
  if (c.tool) body.append(form(c), ...(c.result && c.result.tool === c.tool ? [toolAnswer(c, c.result)] : []));
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
