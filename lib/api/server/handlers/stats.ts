import { ENDPOINTS } from '@/lib/api/endpoints';
import { findMarkedStats } from '@/lib/data/series-marks';
import { handleQuery, unknownPlaceIssues } from '../handle';
import { badRequest, csvResponse, jsonResponse } from '../responses';
import { statsToCsv, statsToJson } from '../stats-output';

/** GET /api/stats */
export function answerStats(request: Request): Response {
  return handleQuery(request, ENDPOINTS.stats, (query, dataset) => {
    const issues = query.places === undefined ? [] : unknownPlaceIssues(dataset, 'places', query.places);
    if (issues.length > 0) return badRequest(issues);
    const result = findMarkedStats(dataset, { ...query, currency: query.currency ?? 'CNY' });
    return query.format === 'csv'
      ? csvResponse(request, statsToCsv(result), `stats-${query.metric}.csv`)
      : jsonResponse(request, statsToJson(dataset, result));
  });
}
