import { z } from 'zod';

const JsonSchema = z.record(z.string(), z.unknown());

const Operation = z.object({
  operationId: z.string(),
  summary: z.string(),
  parameters: z.array(
    z.object({
      name: z.string(),
      in: z.enum(['query', 'path']),
      required: z.boolean(),
      description: z.string().optional(),
      schema: JsonSchema,
    }),
  ),
  responses: z.record(
    z.string().regex(/^[1-5]\d\d$/),
    z.object({
      description: z.string(),
      content: z.record(z.string(), z.object({ schema: JsonSchema })).optional(),
    }),
  ),
});

/** The shape of the API's own description, so that /api/openapi.json is described like every other route. */
export const OpenApiDocument = z.object({
  openapi: z.literal('3.1.0'),
  info: z.object({ title: z.string(), version: z.string(), description: z.string() }),
  paths: z.record(z.string().regex(/^\/api\//), z.object({ get: Operation })),
  components: z.object({ schemas: z.record(z.string(), JsonSchema) }),
});
export type OpenApiDocument = z.infer<typeof OpenApiDocument>;
