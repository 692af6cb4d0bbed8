// POST /api/reports (multipart upload) and DELETE /api/reports/:id: the importer through the API, token only.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import multipart from '@fastify/multipart';
import { requireToken } from '../plugins/auth.js';
import { HttpError } from '../plugins/error-handler.js';
import { deleteReport, importUpload, previewUpload } from '../repository/report-writes.js';
import { ErrorBody } from '../schemas/common.js';
import { ImportOutcome, ImportPreview, RemovalOutcome, reportIdParam } from '../schemas/report.js';

const DryRunQuery = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .meta({ description: 'true: say what the upload would add, write nothing' }),
});

const writeErrors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 503: ErrorBody, 504: ErrorBody };

export const reportWriteRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, { limits: { fileSize: app.limits.uploadBytes, files: 1, fields: 5 } });
  const auth = requireToken(app);

  app.post(
    '/api/reports',
    {
      preHandler: auth,
      schema: {
        summary: 'Import one report file (.txt, .md, .docx, .pdf) sent as multipart field `file`',
        description:
          'Needs `Authorization: Bearer <TWINGRAPH_API_TOKEN>`. A new version of a known file replaces it. With `dryRun=true` ' +
          'nothing is written: the answer (an `ImportPreview`) says what the import would do and lists the entities and facts new to the graph.',
        tags: ['reports'],
        consumes: ['multipart/form-data'],
        security: [{ bearer: [] }],
        querystring: DryRunQuery,
        response: { 201: ImportOutcome, 200: z.union([ImportOutcome, ImportPreview]), ...writeErrors, 413: ErrorBody, 422: ErrorBody },
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
      if (request.query.dryRun) return reply.code(200).send(await previewUpload(app.db, part.filename, content, app.heavyWork.extract));
      const outcome = await importUpload(app.db, part.filename, content, app.heavyWork.extract);
      return reply.code(outcome.status === 'unchanged' ? 200 : 201).send(outcome);
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
    async (request) => deleteReport(app.db, request.params.id),
  );
};
