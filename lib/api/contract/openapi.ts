import { z } from 'zod';
import { ENDPOINTS, type Endpoint } from '@/lib/api/endpoints';
import { ErrorResponse } from './error';
import type { OpenApiDocument } from './openapi-document';

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

function queryParameters(endpoint: Endpoint) {
  const input = jsonSchema(endpoint.query, 'input') as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(input.properties ?? {}).map(([name, schema]) => {
    const { description, ...rest } = schema;
    return {
      name,
      in: 'query' as const,
      required: input.required?.includes(name) ?? false,
      ...(typeof description === 'string' ? { description } : {}),
      schema: rest,
    };
  });
}

const errorContent = { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } };

function operation(name: string, endpoint: Endpoint) {
  const content: Record<string, { schema: Record<string, unknown> }> = {
    'application/json': { schema: { $ref: `#/components/schemas/${name}` } },
  };
  if (endpoint.csv) content['text/csv'] = { schema: { type: 'string' } };
  return {
    get: {
      operationId: name,
      summary: endpoint.summary,
      parameters: [
        ...(endpoint.pathParameters ?? []).map((p) => ({
          name: p.name,
          in: 'path' as const,
          required: true,
          description: p.description,
          schema: { type: 'string' },
        })),
        ...queryParameters(endpoint),
      ],
      responses: {
        '200': { description: 'OK', content },
        '304': { description: 'Not modified (the ETag matches If-None-Match).' },
        '400': { description: 'A parameter cannot be used.', content: errorContent },
        ...(endpoint.pathParameters ? { '404': { description: 'No such id.', content: errorContent } } : {}),
      },
    },
  };
}

/** OpenAPI 3.1, generated from the zod schemas the route handlers use. */
export function buildOpenApiDocument(): OpenApiDocument {
  const entries = Object.entries(ENDPOINTS) as [string, Endpoint][];
  return {
    openapi: '3.1.0',
    info: {
      title: 'Innovation Atlas API',
      version: '1.0.0',
      description:
        'Places, cooperation links and economic figures of Shanghai, Suzhou, Shaoxing and Boston. Every figure carries its source id, status, unit and geography.',
    },
    paths: Object.fromEntries(entries.map(([name, endpoint]) => [endpoint.path, operation(name, endpoint)])),
    components: {
      schemas: {
        ...Object.fromEntries(
          entries.map(([name, endpoint]) => [name, jsonSchema(endpoint.response, 'output')]),
        ),
        Error: jsonSchema(ErrorResponse, 'output'),
      },
    },
  };
}
