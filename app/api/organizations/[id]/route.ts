import { ENDPOINTS } from '@/lib/api/endpoints';
import { handleQuery } from '@/lib/api/handle';
import { organizationToJson } from '@/lib/api/organizations-output';
import { errorResponse, jsonResponse } from '@/lib/api/responses';
import { findOrganization } from '@/lib/data/organizations';

export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  return handleQuery(request, ENDPOINTS.organization, (_query, dataset) => {
    const organization = findOrganization(dataset, id);
    return organization
      ? jsonResponse(request, organizationToJson(dataset, organization))
      : errorResponse(404, 'not_found', 'No organization has this id; /api/organizations lists them all.');
  });
}
