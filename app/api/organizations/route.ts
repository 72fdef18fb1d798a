import { ENDPOINTS } from '@/lib/api/endpoints';
import { handleQuery } from '@/lib/api/handle';
import { organizationToJson } from '@/lib/api/organizations-output';
import { jsonResponse } from '@/lib/api/responses';
import { findOrganizations } from '@/lib/data/organizations';

export function GET(request: Request) {
  return handleQuery(request, ENDPOINTS.organizations, (query, dataset) =>
    jsonResponse(
      request,
      findOrganizations(dataset, query).map((o) => organizationToJson(dataset, o)),
    ),
  );
}
