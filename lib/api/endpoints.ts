import { z } from 'zod';
import { LinkFeature, LinksResponse } from '@/lib/api/contract/links';
import { OpenApiDocument } from '@/lib/api/contract/openapi-document';
import {
  OrganizationOutput,
  OrganizationsQuery,
  OrganizationsResponse,
} from '@/lib/api/contract/organizations';
import { PlaceFeatureCollection } from '@/lib/api/contract/places';
import { PlaceProfileResponse } from '@/lib/api/contract/profile';
import {
  LinksQuery,
  NoQuery,
  PlaceProfileQuery,
  PlacesQuery,
  parameterNames,
  StatsQuery,
} from '@/lib/api/contract/query-params';
import { StatsResponse } from '@/lib/api/contract/stats';
import { Source } from '@/lib/data/schema';

export type Endpoint<Q extends z.ZodType = z.ZodType> = {
  path: string;
  summary: string;
  query: Q;
  /** Names the query accepts, read from the schema once. */
  parameters: readonly string[];
  response: z.ZodType;
  csv: boolean;
  pathParameters?: readonly { name: string; description: string }[];
};

const endpoint = <Q extends z.ZodType>(e: Omit<Endpoint<Q>, 'parameters'>): Endpoint<Q> => ({
  ...e,
  parameters: parameterNames(e.query),
});

/** The API's one description: route handlers parse with these and the OpenAPI document is built from them. */
export const ENDPOINTS = {
  places: endpoint({
    path: '/api/places',
    summary: 'Places as a GeoJSON FeatureCollection of points.',
    query: PlacesQuery,
    response: PlaceFeatureCollection,
    csv: true,
  }),
  place: endpoint({
    path: '/api/places/{id}',
    summary:
      'One place with its key figures: the latest of each metric and geography, and every figure its source document prints.',
    query: PlaceProfileQuery,
    response: PlaceProfileResponse,
    csv: true,
    pathParameters: [{ name: 'id', description: 'The place id, as in /api/places.' }],
  }),
  links: endpoint({
    path: '/api/links',
    summary:
      'Cooperation links as a GeoJSON FeatureCollection of great-circle arcs, split at the antimeridian into MultiLineStrings (or, with geometry=none, without geometry).',
    query: LinksQuery,
    response: LinksResponse,
    csv: true,
  }),
  link: endpoint({
    path: '/api/links/{id}',
    summary: 'One link in full, with its great-circle arc: what a list from fields=index leaves out.',
    query: NoQuery,
    response: LinkFeature,
    csv: false,
    pathParameters: [{ name: 'id', description: 'The link id, as in /api/links.' }],
  }),
  stats: endpoint({
    path: '/api/stats',
    summary: 'One series per place and geography for a metric, each point with its unit, status and source.',
    query: StatsQuery,
    response: StatsResponse,
    csv: true,
  }),
  sources: endpoint({
    path: '/api/sources',
    summary: 'Every source the atlas cites.',
    query: NoQuery,
    response: z.array(Source),
    csv: false,
  }),
  source: endpoint({
    path: '/api/sources/{id}',
    summary: 'One source.',
    query: NoQuery,
    response: Source,
    csv: false,
    pathParameters: [{ name: 'id', description: 'The source id, as cited by places, links and stats.' }],
  }),
  organizations: endpoint({
    path: '/api/organizations',
    summary:
      'The organizations the sources name as setting up, signing, hosting, operating or guiding a cooperation, each with its seat (or null) and roles.',
    query: OrganizationsQuery,
    response: OrganizationsResponse,
    csv: false,
  }),
  organization: endpoint({
    path: '/api/organizations/{id}',
    summary: 'One organization, with its seat and its roles in the links.',
    query: NoQuery,
    response: OrganizationOutput,
    csv: false,
    pathParameters: [{ name: 'id', description: 'The organization id, as in /api/organizations.' }],
  }),
  health: endpoint({
    path: '/api/health',
    summary: 'Whether the atlas answers; the page asks it while it has lost the connection.',
    query: NoQuery,
    response: z.object({ status: z.literal('ok') }),
    csv: false,
  }),
  openapi: endpoint({
    path: '/api/openapi.json',
    summary: 'This description of the API, as OpenAPI 3.1.',
    query: NoQuery,
    response: OpenApiDocument,
    csv: false,
  }),
} as const satisfies Record<string, Endpoint>;
