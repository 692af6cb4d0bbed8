// The zod-to-OpenAPI transform, plus the one body zod cannot describe: the multipart report upload, which the
// route reads as a stream (a zod body schema would make Fastify validate a body that is never parsed).
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

type Transform = typeof jsonSchemaTransform;

const UPLOAD_BODY = {
  type: 'object',
  required: ['file'],
  properties: { file: { type: 'string', format: 'binary', description: 'One report: .txt, .md, .docx or .pdf' } },
};

export const openapiTransform: Transform = (input) => {
  const out = jsonSchemaTransform(input);
  if (input.url === '/api/reports' && input.route.method === 'POST') {
    return { ...out, schema: { ...out.schema, body: UPLOAD_BODY } };
  }
  return out;
};
