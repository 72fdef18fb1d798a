import { ENDPOINTS } from '@/lib/api/endpoints';
import { handleQuery, unknownPlaceIssues } from '@/lib/api/server/handle';
import { badRequest, csvResponse, jsonResponse } from '@/lib/api/server/responses';
import { statsToCsv, statsToJson } from '@/lib/api/server/stats-output';
import { findStats } from '@/lib/data/stats';

export function GET(request: Request) {
  return handleQuery(request, ENDPOINTS.stats, (query, dataset) => {
    const issues = query.places === undefined ? [] : unknownPlaceIssues(dataset, 'places', query.places);
    if (issues.length > 0) return badRequest(issues);
    const result = findStats(dataset, { ...query, currency: query.currency ?? 'CNY' });
    return query.format === 'csv'
      ? csvResponse(request, statsToCsv(result), `stats-${query.metric}.csv`)
      : jsonResponse(request, statsToJson(dataset, result));
  });
}
