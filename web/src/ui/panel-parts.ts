// Parts the details panels share: what their buttons can ask of the app, a kind's colour swatch, a fact row.
import type { RelationKind } from '../api-types.js';
import { RELATION_COLOURS } from '../graph/stylesheet.js';
import { h } from './dom.js';
import type { ReadReport } from './evidence.js';

export interface PanelActions {
  openNode(id: string): void;
  openEdge(id: string): void;
  expand(id: string): void;
  useTool(tool: 'shared' | 'similar' | 'pathFrom' | 'pathTo', id: string): void;
  close(): void;
  readReport: ReadReport;
}

export const swatch = (kind: RelationKind) => h('span', { class: 'swatch', style: `background:${RELATION_COLOURS[kind]}`, 'aria-hidden': 'true' });

export const closeOnEscape = (act: PanelActions) => (e: Event) => (e as KeyboardEvent).key === 'Escape' && act.close();

export function row(label: string, value: string | Node) {
  return [h('dt', {}, label), h('dd', {}, value)];
}

