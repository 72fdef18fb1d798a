import { ENDPOINTS } from '@/lib/api/endpoints';
import { findLinks } from '@/lib/data/links';
import { handleQuery, unknownPlaceIssues } from '../handle';
import { linksToCsv, linksToGeoJson, linksToRecords } from '../links-output';
import { badRequest, csvResponse, jsonResponse } from '../responses';

/** GET /api/links */
export function answerLinks(request: Request): Response {
  return handleQuery(request, ENDPOINTS.links, (query, dataset) => {
    const issues = query.place === undefined ? [] : unknownPlaceIssues(dataset, 'place', [query.place]);
    if (issues.length > 0) return badRequest(issues);
    const links = findLinks(dataset, query);
    return query.format === 'csv'
      ? csvResponse(request, linksToCsv(dataset, links), 'links.csv')
      : jsonResponse(
          request,
          query.geometry === 'none' ? linksToRecords(dataset, links) : linksToGeoJson(dataset, links),
        );
  });
}
