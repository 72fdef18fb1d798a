import type { Dataset } from './load';
import type { ActorRole, Organization, OrganizationKind, OrganizationSeat, Status } from './schema';

export type OrganizationFilter = { kind?: readonly OrganizationKind[] };

export function findOrganizations(dataset: Dataset, filter: OrganizationFilter): Organization[] {
  return dataset.organizations.filter((o) => !filter.kind || filter.kind.includes(o.kind));
}

export function findOrganization(dataset: Dataset, id: string): Organization | undefined {
  return dataset.organizations.find((o) => o.id === id);
}

/** The point a seat is drawn at: its own coordinates, or its place's, with how firm that point is. */
export function seatPoint(
  dataset: Dataset,
  seat: OrganizationSeat | null,
): { lon: number; lat: number; status: Status } | null {
  if (seat === null) return null;
  if (!('place' in seat)) return { lon: seat.lon, lat: seat.lat, status: seat.status };
  const place = dataset.places.find((p) => p.id === seat.place);
  return place
    ? { lon: place.coordinates.lon, lat: place.coordinates.lat, status: place.coordinates.status }
    : null;
}

/** The links an organization acts in, with its role in each. */
export function organizationRoles(dataset: Dataset, id: string): { link: string; role: ActorRole }[] {
  return dataset.links.flatMap((link) =>
    link.actors.filter((a) => a.organization === id).map((a) => ({ link: link.id, role: a.role })),
  );
}
