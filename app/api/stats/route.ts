import { ENDPOINTS } from '@/lib/api/endpoints';
import { handleQuery, unknownPlaceIssues } from '@/lib/api/handle';
import { badRequest, csvResponse, jsonResponse } from '@/lib/api/responses';
import { statsToCsv, statsToJson } from '@/lib/api/stats-output';
import { findMarkedStats } from '@/lib/data/series-marks';

export function GET(request: Request) {
  return handleQuery(request, ENDPOINTS.stats, (query, dataset) => {
    const issues = query.places === undefined ? [] : unknownPlaceIssues(dataset, 'places', query.places);
    if (issues.length > 0) return badRequest(issues);
    const result = findMarkedStats(dataset, { ...query, currency: query.currency ?? 'CNY' });
    return query.format === 'csv'
      ? csvResponse(request, statsToCsv(result), `stats-${query.metric}.csv`)
      : jsonResponse(request, statsToJson(dataset, result));
  });
}
