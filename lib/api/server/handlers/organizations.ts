import { ENDPOINTS } from '@/lib/api/endpoints';
import { findOrganization, findOrganizations } from '@/lib/data/organizations';
import { handleQuery } from '../handle';
import { organizationToJson } from '../organizations-output';
import { errorResponse, jsonResponse } from '../responses';

/** GET /api/organizations */
export function answerOrganizations(request: Request): Response {
  return handleQuery(request, ENDPOINTS.organizations, (query, dataset) =>
    jsonResponse(
      request,
      findOrganizations(dataset, query).map((o) => organizationToJson(dataset, o)),
    ),
  );
}

/** GET /api/organizations/{id} */
export function answerOrganization(request: Request, id: string): Response {
  return handleQuery(request, ENDPOINTS.organization, (_query, dataset) => {
    const organization = findOrganization(dataset, id);
    return organization
      ? jsonResponse(request, organizationToJson(dataset, organization))
      : errorResponse(404, 'not_found', 'No organization has this id; /api/organizations lists them all.');
  });
}
