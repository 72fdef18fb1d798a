import type { z } from 'zod';
import { parseQuery, type QueryIssue } from '@/lib/api/contract/query-params';
import type { Endpoint } from '@/lib/api/endpoints';
import { type Dataset, getDataset } from '@/lib/data/load';
import { badRequest, errorResponse } from './responses';

/**
 * Runs a route: parses the query with the endpoint's schema, answers 400 with the
 * issues when it fails, and turns an unexpected error into a logged JSON 500
 * rather than Next's HTML error page.
 */
export function handleQuery<Q extends z.ZodType>(
  request: Request,
  endpoint: Endpoint<Q>,
  run: (query: z.output<Q>, dataset: Dataset) => Response,
): Response {
  const parsed = parseQuery(endpoint.query, new URL(request.url).searchParams, endpoint.parameters);
  if (!parsed.ok) return badRequest(parsed.issues);
  try {
    return run(parsed.data, getDataset());
  } catch (error) {
    console.error(`${endpoint.path} failed`, error);
    return errorResponse(
      500,
      'internal_error',
      'The atlas could not answer this request; the error is logged.',
    );
  }
}

/** Issues for place ids the dataset does not have, without echoing them. */
export function unknownPlaceIssues(
  dataset: Dataset,
  parameter: string,
  ids: readonly string[],
): QueryIssue[] {
  const known = new Set(dataset.places.map((p) => p.id));
  const unknown = ids.filter((id) => !known.has(id)).length;
  return unknown === 0
    ? []
    : [
        {
          path: parameter,
          message: `names ${unknown} place id(s) the atlas does not have (see /api/places)`,
        },
      ];
}
