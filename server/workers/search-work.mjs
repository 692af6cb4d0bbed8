// The search thread's entry: loads search-work.ts through tsx's API (on Node 20 a worker does not inherit the
// parent's TypeScript loader). Not niced, unlike the heavy-work threads: a search is answered while a user types.
import { tsImport } from 'tsx/esm/api';

const work = await tsImport('./search-work.ts', import.meta.url);

export const build = (task) => work.build(task);
export const search = (task) => work.search(task);
