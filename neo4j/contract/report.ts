// Report models: the list entry, the detail with text and facts, and an import's outcome.
import { z } from 'zod';
import { EntityKind, RelationKind } from './common.js';
import { GraphNode, Relation } from './subgraph.js';

export const reportIdParam = z
  .string()
  .regex(/^r-[0-9a-f]{6,64}$/, 'must be a report id such as r-3a83c56cbe19')
  .meta({ example: 'r-3a83c56cbe19' });

export const ReportSummary = z
  .object({
    id: z.string().meta({ example: 'r-3a83c56cbe19' }),
    file: z.string().meta({ example: 'omsk-2023.txt' }),
    city: z.string().nullable().meta({ example: 'Омск' }),
    year: z.number().int().nullable().meta({ example: 2023 }),
    title: z.string().nullable(),
    sha256: z.string().nullable(),
    importedAt: z.string().nullable().meta({ example: '2026-11-22T00:23:05.473Z' }),
    entityCount: z.number().int().nullable().meta({ example: 55 }),
    relationCount: z.number().int().nullable().meta({ example: 82 }),
  })
  .meta({ id: 'ReportSummary' });
export type ReportSummary = z.infer<typeof ReportSummary>;

export const Reports = z.object({ reports: z.array(ReportSummary) }).meta({ id: 'Reports' });
export type Reports = z.infer<typeof Reports>;

export const ReportDetail = ReportSummary.extend({
  text: z.string().meta({ description: 'The normalised text; evidence offsets point into it' }),
  entities: z.array(GraphNode),
  facts: z.array(Relation).meta({ description: "The facts it supports, with this report's evidence" }),
}).meta({ id: 'ReportDetail' });
export type ReportDetail = z.infer<typeof ReportDetail>;

export const ImportOutcome = z
  .object({
    file: z.string().meta({ example: 'tomsk-2024.txt' }),
    status: z.enum(['imported', 'replaced', 'unchanged']),
    reportId: z.string().meta({ example: 'r-d3f17b8c4a09' }),
    replaced: z.array(z.string()),
    entities: z.number().int(),
    relations: z.number().int(),
    skipped: z.array(z.string()),
  })
  .meta({ id: 'ImportOutcome' });
export type ImportOutcome = z.infer<typeof ImportOutcome>;

const Counts = z.object({ total: z.number().int(), new: z.number().int(), known: z.number().int() });

export const ImportPreview = z
  .object({
    dryRun: z.literal(true),
    file: z.string().meta({ example: 'tomsk-2024.txt' }),
    status: z.enum(['imported', 'replaced', 'unchanged']).meta({ description: 'What the upload would do' }),
    reportId: z.string().meta({ example: 'r-d3f17b8c4a09' }),
    replaced: z.array(z.string()).meta({ description: 'Older versions of the same file it would replace' }),
    entities: Counts.meta({ description: 'Entities the report names: new to the graph or already known' }),
    relations: Counts.meta({ description: 'Facts it states: new to the graph or already known' }),
    newEntities: z.array(z.object({ id: z.string().meta({ example: 'city:ulsan' }), kind: EntityKind, name: z.string().meta({ example: 'Ульсан' }) })),
    newRelations: z.array(
      z.object({
        kind: RelationKind,
        source: z.string(),
        target: z.string(),
        year: z.number().int().nullable(),
        quote: z.string().nullable().meta({ description: 'The first sentence that states it' }),
      }),
    ),
    skipped: z.array(z.string()),
  })
  .meta({ id: 'ImportPreview' });
export type ImportPreview = z.infer<typeof ImportPreview>;

export const UploadJob = z
  .object({
    id: z.uuid().meta({ description: 'Poll GET /api/reports/jobs/{id}' }),
    file: z.string().meta({ example: 'tomsk-2024.txt' }),
    state: z.enum(['queued', 'extracting', 'writing', 'done', 'failed']),
    createdAt: z.string().meta({ example: '2026-12-03T10:15:00.000Z' }),
    outcome: ImportOutcome.nullable().meta({ description: 'When done' }),
    error: z.object({ code: z.string(), message: z.string() }).nullable().meta({ description: 'When failed' }),
  })
  .meta({ id: 'UploadJob' });
export type UploadJob = z.infer<typeof UploadJob>;

export const RemovalOutcome = z
  .object({
    id: z.string(),
    file: z.string(),
    relationsDeleted: z.number().int(),
    relationsKept: z.number().int(),
    entitiesDeleted: z.number().int(),
    entitiesKept: z.number().int(),
  })
  .meta({ id: 'RemovalOutcome' });
export type RemovalOutcome = z.infer<typeof RemovalOutcome>;
