import type { z } from 'zod';
import type { LinksQuery } from '@/lib/api/contract/query-params';
import { ENDPOINTS } from '@/lib/api/endpoints';
import { findLinks } from '@/lib/data/links';
import type { Dataset } from '@/lib/data/load';
import type { Link } from '@/lib/data/schema';
import { handleQuery, unknownPlaceIssues } from '../handle';
import { linksToCsv, linksToGeoJson, linksToIndex, linksToRecords, linkToGeoJson } from '../links-output';
import { badRequest, csvResponse, errorResponse, jsonResponse } from '../responses';

/** GET /api/links */
export function answerLinks(request: Request): Response {
  return handleQuery(request, ENDPOINTS.links, (query, dataset) => {
    const issues = query.place === undefined ? [] : unknownPlaceIssues(dataset, 'place', [query.place]);
    if (issues.length > 0) return badRequest(issues);
    const links = findLinks(dataset, query);
    return query.format === 'csv'
      ? csvResponse(request, linksToCsv(dataset, links), 'links.csv')
      : jsonResponse(request, linksJson(dataset, links, query));
  });
}

function linksJson(
  dataset: Dataset,
  links: readonly Link[],
  query: Pick<z.infer<typeof LinksQuery>, 'geometry' | 'fields'>,
) {
  if (query.geometry !== 'none') return linksToGeoJson(dataset, links);
  return query.fields === 'index' ? linksToIndex(dataset, links) : linksToRecords(dataset, links);
}

/** GET /api/links/{id} */
export function answerLink(request: Request, id: string): Response {
  return handleQuery(request, ENDPOINTS.link, (_query, dataset) => {
    const link = dataset.links.find((l) => l.id === id);
    if (!link) return errorResponse(404, 'not_found', 'No link has this id; /api/links lists them all.');
    return jsonResponse(request, linkToGeoJson(dataset, link));
  });
}
