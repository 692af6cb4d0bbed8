// The one subgraph shape every graph answer shares (nodes and edges with graph ids), and evidence entries.
import { z } from 'zod';
import { EntityKind, RelationKind } from './common.js';

export const GraphNode = z
  .object({
    id: z.string().meta({ example: 'city:omsk' }),
    kind: EntityKind,
    name: z.string().meta({ example: 'Омск' }),
    nameEn: z.string().nullable().meta({ example: 'Omsk' }),
    country: z.string().nullable().meta({ example: 'RU' }),
    lat: z.number().nullable().meta({ example: 54.99244 }),
    lon: z.number().nullable().meta({ example: 73.36859 }),
    city: z.string().nullable().meta({ description: 'The city an institution or event belongs to' }),
  })
  .meta({ id: 'GraphNode' });
export type GraphNode = z.infer<typeof GraphNode>;

export const GraphEdge = z
  .object({
    id: z.string().meta({ description: 'elementId of the relationship', example: '5:dab5d6d9-e876-4411-abb7-9a78ebe5d6b6:0' }),
    kind: RelationKind,
    source: z.string().meta({ example: 'city:gomel' }),
    target: z.string().meta({ example: 'city:omsk' }),
    directed: z.boolean().meta({ description: 'false for TWIN, AGREEMENT, PARTNER, CONTACT (stored once)' }),
    year: z.number().int().nullable().meta({ example: 2023 }),
    month: z.number().int().nullable().meta({ example: 4 }),
    status: z.string().nullable().meta({ example: 'signed' }),
    confidence: z.number().nullable().meta({ example: 0.95 }),
    reports: z.array(z.string()).meta({ example: ['r-3a83c56cbe19'] }),
    evidenceCount: z.number().int().meta({ example: 1 }),
  })
  .meta({ id: 'GraphEdge' });
export type GraphEdge = z.infer<typeof GraphEdge>;

export const Subgraph = z
  .object({
    nodes: z.array(GraphNode),
    edges: z.array(GraphEdge),
    truncated: z.boolean().meta({ description: 'true when the limit cut the answer short' }),
  })
  .meta({ id: 'Subgraph' });
export type Subgraph = z.infer<typeof Subgraph>;

export const Evidence = z
  .object({
    report: z.string().nullable().meta({ example: 'r-3a83c56cbe19' }),
    file: z.string().nullable().meta({ description: "The report's file, or the twin list's", example: 'omsk-2023.txt' }),
    source: z.string().meta({ description: '`report`, or `csv:<file>` for a twin list', example: 'report' }),
    quote: z.string().nullable().meta({ example: 'По итогам визита было подписано Соглашение об установлении побратимских отношений…' }),
    start: z.number().int().nullable().meta({ description: 'Offset of the quote in the report text', example: 1520 }),
    end: z.number().int().nullable().meta({ example: 1688 }),
    year: z.number().int().nullable().meta({ example: 2023 }),
    month: z.number().int().nullable(),
    confidence: z.number().nullable().meta({ example: 0.95 }),
    line: z.number().int().nullable().meta({ description: "For a twin list: the row's line in `file` (the quote is the row)" }),
  })
  .meta({ id: 'Evidence' });
export type Evidence = z.infer<typeof Evidence>;

export const Relation = GraphEdge.extend({ evidence: z.array(Evidence) }).meta({ id: 'Relation' });
export type Relation = z.infer<typeof Relation>;
