import { z } from 'zod';
import { recordsToCsv } from '@/lib/data/csv';
import { linkArc, linkYear } from '@/lib/data/links';
import type { Dataset } from '@/lib/data/load';
import { Id, IsoDate, type Link, LinkKind, LinkTerm, Status } from '@/lib/data/schema';

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

function linkProperties(link: Link): LinkProperties {
  return {
    id: link.id,
    from: link.from,
    to: link.to,
    mutual: link.mutual,
    venue: link.venue,
    kind: link.kind,
    date: link.date,
    year: linkYear(link),
    date_status: link.dateStatus,
    title_en: link.title.en,
    title_zh: link.title.zh,
    summary_en: link.summary.en,
    summary_zh: link.summary.zh,
    terms: link.terms,
    sources: link.sources,
  };
}

function linkFeature<G>(link: Link, geometry: G) {
  return { type: 'Feature' as const, id: link.id, geometry, properties: linkProperties(link) };
}

export function linksToGeoJson(dataset: Dataset, links: readonly Link[]): LinkFeatureCollection {
  return {
    type: 'FeatureCollection',
    features: links.map((link) => linkFeature(link, linkArc(dataset, link))),
  };
}

export function linksToRecords(links: readonly Link[]): LinkRecordCollection {
  return { type: 'FeatureCollection', features: links.map((link) => linkFeature(link, null)) };
}

export function linksToCsv(links: readonly Link[]): string {
  return recordsToCsv(
    LinkProperties.keyof().options,
    links.map((link) => {
      const properties = linkProperties(link);
      return {
        ...properties,
        terms: properties.terms.map((term) => `${term.value} ${term.unit}`).join('; '),
        sources: properties.sources.join('; '),
      };
    }),
  );
}
