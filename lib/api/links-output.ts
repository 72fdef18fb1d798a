import { z } from 'zod';
import { recordsToCsv } from '@/lib/data/csv';
import { linkEvidence } from '@/lib/data/evidence';
import type { Dataset } from '@/lib/data/load';
import { linkArc } from '@/lib/data/queries';
import {
  Id,
  IsoDate,
  type Link,
  LinkActor,
  LinkEvent,
  LinkKind,
  LinkLifecycle,
  LinkTerm,
  type Source,
  Status,
} from '@/lib/data/schema';

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
  actors: z
    .array(LinkActor)
    .meta({ description: 'The organizations that act in the link, each with its role.' }),
  status: LinkLifecycle.meta({
    description: 'Where the link stands, with the date and source that support it.',
  }),
  events: z.array(LinkEvent).meta({ description: 'Dated events (ceremony, signing, opening, meeting).' }),
  evidence: z
    .object({
      sources: z.number().int(),
      official: z.number().int(),
      news: z.number().int(),
      seed: z.number().int(),
      secondary: z.number().int(),
      reference: z.number().int(),
      inferred: z.array(z.string()),
      grade: z.enum(['strong', 'moderate', 'weak']),
    })
    .meta({
      description:
        'How many distinct sources support the link, of which kinds, what is inferred, and the grade: strong (a source document confirmed by an official or news source, nothing inferred), moderate, weak.',
    }),
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

function linkProperties(link: Link, sources: readonly Source[]): LinkProperties {
  return {
    id: link.id,
    from: link.from,
    to: link.to,
    mutual: link.mutual,
    venue: link.venue,
    kind: link.kind,
    date: link.date,
    year: Number(link.date.slice(0, 4)),
    date_status: link.dateStatus,
    title_en: link.title.en,
    title_zh: link.title.zh,
    summary_en: link.summary.en,
    summary_zh: link.summary.zh,
    terms: link.terms,
    sources: link.sources,
    actors: link.actors,
    status: link.status,
    events: link.events,
    evidence: linkEvidence(link, sources),
  };
}

function linkFeature<G>(link: Link, sources: readonly Source[], geometry: G) {
  return { type: 'Feature' as const, id: link.id, geometry, properties: linkProperties(link, sources) };
}

export function linksToGeoJson(dataset: Dataset, links: readonly Link[]): LinkFeatureCollection {
  return {
    type: 'FeatureCollection',
    features: links.map((link) => linkFeature(link, dataset.sources, linkArc(dataset, link))),
  };
}

export function linksToRecords(dataset: Dataset, links: readonly Link[]): LinkRecordCollection {
  return {
    type: 'FeatureCollection',
    features: links.map((link) => linkFeature(link, dataset.sources, null)),
  };
}

export function linksToCsv(dataset: Dataset, links: readonly Link[]): string {
  return recordsToCsv(
    LinkProperties.keyof().options,
    links.map((link) => {
      const properties = linkProperties(link, dataset.sources);
      const { status, evidence } = properties;
      return {
        ...properties,
        terms: properties.terms.map((term) => `${term.value} ${term.unit}`).join('; '),
        sources: properties.sources.join('; '),
        actors: properties.actors.map((a) => `${a.organization} (${a.role})`).join('; '),
        status:
          status.value === 'unknown' ? 'unknown' : `${status.value} ${status.date} (${status.dateStatus})`,
        events: properties.events.map((e) => `${e.date} ${e.kind} (${e.dateStatus})`).join('; '),
        evidence: `${evidence.grade}: ${evidence.sources} sources (${evidence.seed} seed, ${evidence.official} official, ${evidence.news} news, ${evidence.secondary} secondary, ${evidence.reference} reference)${evidence.inferred.length ? `; inferred: ${evidence.inferred.join(', ')}` : ''}`,
      };
    }),
  );
}
