// The worker threads' entry: loads heavy-work.ts through tsx's API, because on Node 20 a worker does not
// inherit the parent's TypeScript loader (`--import tsx` in execArgv is not applied to worker threads).
import { tsImport } from 'tsx/esm/api';

const work = await tsImport('./heavy-work.ts', import.meta.url);

export const extract = (task) => work.extract(task);
export const metrics = (task) => work.metrics(task);
