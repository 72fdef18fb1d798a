import type { OrganizationOutput } from '@/lib/api/contract/organizations';
import type { Dataset } from '@/lib/data/load';
import { organizationRoles, seatPoint } from '@/lib/data/organizations';
import type { Organization } from '@/lib/data/schema';

export function organizationToJson(dataset: Dataset, organization: Organization): OrganizationOutput {
  return {
    ...organization,
    seatPoint: seatPoint(dataset, organization.seat),
    roles: organizationRoles(dataset, organization.id),
  };
}
