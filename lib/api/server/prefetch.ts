import type { QueryClient } from '@tanstack/react-query';
import {
  linkQuery,
  linksQuery,
  organizationsQuery,
  placeProfileQuery,
  placesQuery,
  sourcesQuery,
  statsQuery,
} from '@/lib/api/client/query-options';
import { chartQueries, profilePlaceId } from '@/lib/charts/panels';
import type { Dataset } from '@/lib/data/load';
import { placeProfile } from '@/lib/data/profile';
import { findMarkedStats } from '@/lib/data/series-marks';
import type { Scene } from '@/lib/view/parsers';
import { linksToIndex, linkToGeoJson } from './links-output';
import { organizationToJson } from './organizations-output';
import { placesToGeoJson } from './places-output';
import { statsToJson } from './stats-output';

/**
 * Puts into the request's query client exactly what the view's components will
 * ask the API for, computed here from lib/, so the first paint has every figure
 * and no spinner flashes.
 */
export function prefetchView(queryClient: QueryClient, dataset: Dataset, view: Scene) {
  const places = placesToGeoJson(dataset.places);
  queryClient.setQueryData(placesQuery().queryKey, places);
  queryClient.setQueryData(linksQuery().queryKey, linksToIndex(dataset, dataset.links));
  const openLink =
    view.selection?.type === 'link' ? dataset.links.find((l) => l.id === view.selection?.id) : undefined;
  if (openLink) queryClient.setQueryData(linkQuery(openLink.id).queryKey, linkToGeoJson(dataset, openLink));
  queryClient.setQueryData(sourcesQuery().queryKey, dataset.sources);
  queryClient.setQueryData(
    organizationsQuery().queryKey,
    dataset.organizations.map((o) => organizationToJson(dataset, o)),
  );
  for (const build of Object.values(chartQueries)) {
    const params = build(view);
    queryClient.setQueryData(
      statsQuery(params).queryKey,
      statsToJson(dataset, findMarkedStats(dataset, { ...params, places: [...params.places] })),
    );
  }
  const profileId = profilePlaceId(view.selection, (id) => dataset.links.find((l) => l.id === id)?.to);
  const place = places.features.find((f) => f.id === profileId);
  if (profileId && place) {
    queryClient.setQueryData(placeProfileQuery(profileId, view.currency).queryKey, {
      place: place.properties,
      ...placeProfile(dataset, profileId, view.currency),
    });
  }
}
