import { z } from 'zod';
import {
  ActorRole,
  Id,
  Latitude,
  Longitude,
  Organization,
  OrganizationKind,
  Status,
} from '@/lib/data/schema';
import { commaList } from './query-params';

export const OrganizationsQuery = z.strictObject({
  kind: commaList(OrganizationKind, 'Only organizations of these kinds (comma-separated).').optional(),
});

export const OrganizationOutput = Organization.extend({
  seatPoint: z.object({ lon: Longitude, lat: Latitude, status: Status }).nullable().meta({
    description:
      "Where the seat is drawn: the seat's place's point (with that point's status) or its own; null where no seat is known.",
  }),
  roles: z
    .array(z.object({ link: Id, role: ActorRole }))
    .meta({ description: 'The cooperation links the organization acts in, and its role in each.' }),
});
export type OrganizationOutput = z.infer<typeof OrganizationOutput>;

export const OrganizationsResponse = z.array(OrganizationOutput);
