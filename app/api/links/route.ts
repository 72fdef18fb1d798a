import { ENDPOINTS } from '@/lib/api/endpoints';
import { handleQuery, unknownPlaceIssues } from '@/lib/api/handle';
import { linksToCsv, linksToGeoJson, linksToRecords } from '@/lib/api/links-output';
import { badRequest, csvResponse, jsonResponse } from '@/lib/api/responses';
import { findLinks } from '@/lib/data/queries';

export function GET(request: Request) {
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
