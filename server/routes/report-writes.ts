// POST /api/reports (multipart upload) and DELETE /api/reports/:id: the importer through the API, token only.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import multipart from '@fastify/multipart';
import { requireToken } from '../plugins/auth.js';
import { HttpError } from '../plugins/error-handler.js';
import { importBytes, previewBytes, removeReport, type PlanBytes } from '../../import/index.js';
import { ErrorBody } from '../../neo4j/contract/common.js';
import { ImportOutcome, ImportPreview, RemovalOutcome, reportIdParam, UploadJob } from '../../neo4j/contract/report.js';
import { SHUTTING_DOWN, UploadJobs } from '../upload-jobs.js';

const flag = (fallback: 'true' | 'false', description: string) =>
  z.enum(['true', 'false']).default(fallback).transform((v) => v === 'true').meta({ description });

const UploadQuery = z.object({
  dryRun: flag('false', 'true: say what the upload would add, write nothing'),
  wait: flag('true', 'false: answer 202 with a job at once and import in the background; poll the job for progress'),
  replace: flag('false', 'true: replace an older version of this report even when this one states under half of its facts'),
});

const writeErrors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 503: ErrorBody, 504: ErrorBody };

export const reportWriteRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, { limits: { fileSize: app.limits.uploadBytes, files: 1, fields: 5 } });
  const auth = requireToken(app);
  const jobs = new UploadJobs(app.db, app.heavyWork.plan);
  // preClose, before the server waits for requests in flight: a direct upload being planned stops too.
  app.addHook('preClose', async () => jobs.close());

  app.get(
    '/api/reports/jobs/:id',
    {
      preHandler: auth,
      schema: {
        summary: 'The progress of an upload sent with wait=false',
        tags: ['reports'],
        security: [{ bearer: [] }],
        params: z.object({ id: z.uuid() }),
        response: { 200: UploadJob, ...writeErrors, 404: ErrorBody },
      },
    },
    async (request) => {
      const job = jobs.get(request.params.id);
      if (!job) throw new HttpError(404, 'not_found', `No upload job "${request.params.id}" (jobs are kept 15 minutes after they finish)`);
      return job;
    },
  );

  app.post(
    '/api/reports',
    {
      preHandler: auth,
      schema: {
        summary: 'Import one report file (.txt, .md, .docx, .pdf) sent as multipart field `file`',
        description:
          'Needs `Authorization: Bearer <TWINGRAPH_API_TOKEN>`. A new version of a known report (same city, year and title in ' +
          'the text) replaces it, unless it states under half of its facts: then 409 `version_refused`, and `replace=true` ' +
          'replaces anyway. With `dryRun=true` ' +
          'nothing is written: the answer (an `ImportPreview`) says what the import would do and lists the entities and facts new to the graph.',
        tags: ['reports'],
        consumes: ['multipart/form-data'],
        security: [{ bearer: [] }],
        querystring: UploadQuery,
        response: { 201: ImportOutcome, 200: z.union([ImportOutcome, ImportPreview]), 202: UploadJob, ...writeErrors, 409: ErrorBody, 413: ErrorBody, 422: ErrorBody },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) throw new HttpError(400, 'bad_request', 'Send the report as multipart/form-data, field `file`.');
      const part = await request.file();
      if (!part) throw new HttpError(400, 'bad_request', 'No file in the upload (multipart field `file`).');
      let content: Buffer;
      try {
        content = await part.toBuffer();
      } catch (err) {
        if ((err as { statusCode?: number }).statusCode === 413) {
          throw new HttpError(413, 'payload_too_large', `The file is larger than ${app.limits.uploadBytes} bytes.`);
        }
        throw err;
      }
      const opts = { replace: request.query.replace };
      if (!request.query.wait && !request.query.dryRun) return reply.code(202).send(jobs.start(part.filename, content, opts));
      const plan: PlanBytes = (file, bytes) => app.heavyWork.plan(file, bytes, jobs.signal);
      try {
        if (request.query.dryRun) return reply.code(200).send(await previewBytes(request.db, part.filename, content, plan, opts));
        const outcome = await importBytes(request.db, part.filename, content, plan, undefined, opts);
        return reply.code(outcome.status === 'unchanged' ? 200 : 201).send(outcome);
      } catch (err) {
        if (jobs.signal.aborted) throw new HttpError(503, 'shutting_down', SHUTTING_DOWN);
        throw err;
      }
    },
  );

  app.delete(
    '/api/reports/:id',
    {
      preHandler: auth,
      schema: {
        summary: 'Take a report and the facts only it supported out of the graph',
        tags: ['reports'],
        security: [{ bearer: [] }],
        params: z.object({ id: reportIdParam }),
        response: { 200: RemovalOutcome, ...writeErrors, 404: ErrorBody },
      },
    },
    async (request) => removeReport(request.db, request.params.id),
  );
};
