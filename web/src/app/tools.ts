// The tools (shared partners, similar cities, paths): choosing picks and running one; the answer joins the view.
import { ApiError } from './api.js';
import { api } from './api.js';
import { messageOf } from '../ui/banner.js';
import type { App } from './context.js';
import { fail } from './fail.js';
import { commit } from './history.js';
import { add, drop } from './loaders.js';
import { highlight, refresh } from './refresh.js';
import { renderTools } from './render.js';
import type { Tool } from './state.js';
import { resultSubgraph } from './tool-results.js';

export type ToolUse = 'shared' | 'similar' | 'pathFrom' | 'pathTo';

/** A node panel's "use in tool" buttons. */
export function useTool(app: App, tool: ToolUse, id: string): void {
  const s = app.state;
  if (tool === 'shared') setPicks(app, 'shared', s.tool === 'shared' ? [...new Set([...s.picks, id])] : [id]);
  else if (tool === 'similar') {
    setPicks(app, 'similar', [id]);
    void runTool(app);
  } else {
    const [from = '', to = ''] = s.tool === 'path' ? s.picks : [];
    setPicks(app, 'path', tool === 'pathFrom' ? [id, to] : [from, id]);
  }
}

export function setPicks(app: App, tool: Tool | null, picks: string[]): void {
  if (tool !== app.state.tool) {
    // Another tool: the last answer leaves the view, so the view stays what the link describes.
    app.toolResult = null;
    drop(app, 'tool');
    void refresh(app, { layout: false });
  }
  app.state.tool = tool;
  app.state.picks = tool ? picks : [];
  app.state.alt = 0;
  app.showAlternatives = false;
  commit(app.state);
  highlight(app);
  renderTools(app);
}

/** Runs the current tool on its picks; the answer joins the view and is highlighted and listed. */
export async function runTool(app: App, save = true): Promise<void> {
  const { tool, picks } = app.state;
  if (!tool) return;
  const ids = picks.filter(Boolean);
  try {
    if (tool === 'shared' && ids.length >= 2) app.toolResult = { tool, data: await api.sharedPartners(ids) };
    else if (tool === 'similar' && ids[0]) app.toolResult = { tool, data: await api.similar(ids[0]) };
    else if (tool === 'path' && picks[0] && picks[1]) app.toolResult = { tool, data: await paths(picks[0], picks[1]) };
    else return;
    add(app, 'tool', resultSubgraph(app.toolResult));
  } catch (err) {
    drop(app, 'tool');
    app.toolResult = { tool, message: messageOf(err, app.state.lang) };
    if (err instanceof ApiError && err.kind === 'down') fail(app, err);
  }
  if (save) {
    // The answer replaces the selection, so its highlight is the one on screen.
    app.state.node = app.state.edge = null;
    app.entity = app.relation = null;
    commit(app.state, true);
    await refresh(app, { layout: true, incremental: true });
  }
}

/** The shortest path and three alternatives; when that search passes the time limit, the shortest alone. */
async function paths(from: string, to: string) {
  try {
    return await api.paths(from, to, { k: 3 });
  } catch (err) {
    if (err instanceof ApiError && err.status === 504) return api.paths(from, to, { k: 0 });
    throw err;
  }
}
