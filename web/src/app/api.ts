// The API client: one typed function per endpoint, errors as ApiError (down, missing route, bad request…).
import type {
  CountryLinks,
  EntityDetail,
  Paths,
  RelationDetail,
  RelationKind,
  ReportDetail,
  ReportSummary,
  SearchHit,
  SharedPartners,
  Similar,
  Stats,
  Subgraph,
  Timeline,
} from '../api-types.js';

export type ApiErrorKind = 'down' | 'missing-route' | 'not-found' | 'bad-request' | 'busy' | 'server';

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    readonly status: number,
    message: string,
    readonly path: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Counts requests in flight, so the page can show a loading indicator. */
type Listener = (inFlight: number) => void;
const listeners = new Set<Listener>();
let inFlight = 0;
export function onLoading(fn: Listener): void {
  listeners.add(fn);
}
function track(delta: number): void {
  inFlight += delta;
  for (const fn of listeners) fn(inFlight);
}

/** Query string from a record, leaving out empty values; lists become `a,b`. */
export function query(params: Record<string, string | number | readonly string[] | null | undefined>): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) {
      if (v.length > 0) parts.push(`${k}=${encodeURIComponent(v.join(','))}`);
    } else parts.push(`${k}=${encodeURIComponent(String(v))}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

export function classify(status: number, body: { code?: string; message?: string } | null): ApiErrorKind {
  if (status === 501) return 'missing-route';
  // The server's not-found handler names the route ("No route GET /api/…"); a known route answers 404 for an id.
  if (status === 404) return body?.message?.startsWith('No route') || !body?.code ? 'missing-route' : 'not-found';
  if (status === 400) return 'bad-request';
  if (status === 429) return 'busy';
  if (status === 503 || status === 502) return 'down';
  return 'server';
}

async function get<T>(path: string, signal?: AbortSignal): Promise<T> {
  track(1);
  try {
    let res: Response;
    try {
      res = await fetch(path, { headers: { accept: 'application/json' }, signal });
    } catch (err) {
      if ((err as Error).name === 'AbortError') throw err;
      throw new ApiError('down', 0, 'The API is not reachable.', path);
    }
    const body = (await res.json().catch(() => null)) as unknown;
    if (!res.ok) {
      const b = body as { code?: string; message?: string } | null;
      throw new ApiError(classify(res.status, b), res.status, b?.message ?? res.statusText, path);
    }
    return body as T;
  } finally {
    track(-1);
  }
}

const enc = encodeURIComponent;

export const api = {
  health: () => get<{ status: string; database: { status: string; message?: string } }>('/api/health'),
  search: (q: string, limit = 8, signal?: AbortSignal) =>
    get<{ query: string; hits: SearchHit[] }>(`/api/search${query({ q, limit })}`, signal),
  entity: (id: string) => get<EntityDetail>(`/api/entities/${enc(id)}`),
  neighbours: (id: string, p: { kinds?: readonly RelationKind[]; depth?: number; yearFrom?: number | null; yearTo?: number | null; limit?: number } = {}) =>
    get<Subgraph>(`/api/entities/${enc(id)}/neighbours${query({ kinds: p.kinds, depth: p.depth, yearFrom: p.yearFrom, yearTo: p.yearTo, limit: p.limit })}`),
  sharedPartners: (ids: readonly string[], kinds?: readonly RelationKind[]) =>
    get<SharedPartners>(`/api/shared-partners${query({ ids, kinds })}`),
  similar: (id: string, limit = 10) => get<Similar>(`/api/similar/${enc(id)}${query({ limit })}`),
  paths: (from: string, to: string, p: { kinds?: readonly RelationKind[]; maxHops?: number; k?: number } = {}) =>
    get<Paths>(`/api/paths${query({ from, to, kinds: p.kinds, maxHops: p.maxHops, k: p.k })}`),
  graph: (p: { kinds?: readonly RelationKind[]; countries?: readonly string[]; yearFrom?: number | null; yearTo?: number | null; source?: string; minDegree?: number; limit?: number }) =>
    get<Subgraph>(`/api/graph${query(p)}`),
  countryLinks: (p: { kinds?: readonly RelationKind[]; source?: string }) => get<CountryLinks>(`/api/country-links${query(p)}`),
  relation: (id: string) => get<RelationDetail>(`/api/relations/${enc(id)}`),
  report: (id: string) => get<ReportDetail>(`/api/reports/${enc(id)}`),
  reports: () => get<{ reports: ReportSummary[] }>('/api/reports'),
  timeline: (ids: readonly string[]) => get<Timeline>(`/api/timeline${query({ ids })}`),
  stats: () => get<Stats>('/api/stats'),
};
