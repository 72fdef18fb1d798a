import { z } from 'zod';
import { Id, IsoDate, LinkKind, LinkTerm, Status } from '@/lib/data/schema';

const Position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

export const LinkProperties = z.object({
  id: Id,
  from: Id,
  to: Id,
  mutual: z.boolean(),
  venue: Id.nullable(),
  kind: LinkKind,
  date: IsoDate,
  year: z.number().int(),
  date_status: Status,
  title_en: z.string(),
  title_zh: z.string(),
  summary_en: z.string(),
  summary_zh: z.string(),
  terms: z.array(LinkTerm),
  sources: z.array(Id),
});
export type LinkProperties = z.infer<typeof LinkProperties>;

const ArcGeometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('LineString'), coordinates: z.array(Position).min(2) }),
  z.object({
    type: z.literal('MultiLineString'),
    coordinates: z.array(z.array(Position).min(2)).min(2),
  }),
]);

const linkCollection = <G extends z.ZodType>(geometry: G) =>
  z.object({
    type: z.literal('FeatureCollection'),
    features: z.array(z.object({ type: z.literal('Feature'), id: Id, geometry, properties: LinkProperties })),
  });

/** Links with their drawn arcs: what the map draws and what /api/links answers by default. */
export const LinkFeatureCollection = linkCollection(ArcGeometry);
export type LinkFeatureCollection = z.infer<typeof LinkFeatureCollection>;

/**
 * Links without geometry (`geometry=none`): GeoJSON's unlocated features. The page
 * carries these, since the browser draws the arcs from the places' coordinates and
 * thousands of densified arcs would otherwise fill the HTML.
 */
export const LinkRecordCollection = linkCollection(z.null());
export type LinkRecordCollection = z.infer<typeof LinkRecordCollection>;

/** What every link collection has, arcs or not: enough to list, filter and highlight links. */
export type LinkList = { features: readonly { id: string; properties: LinkProperties }[] };

export const LinksResponse = z.union([LinkFeatureCollection, LinkRecordCollection]);
