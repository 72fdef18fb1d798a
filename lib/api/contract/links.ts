import { z } from 'zod';
import {
  Id,
  IsoDate,
  LinkActor,
  LinkEvent,
  LinkKind,
  LinkLifecycle,
  LinkTerm,
  Status,
} from '@/lib/data/schema';
import { EVIDENCE_GRADES } from '@/lib/domain';

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
      grade: z.enum(EVIDENCE_GRADES),
    })
    .meta({
      description:
        'How many distinct sources support the link, of which kinds, what is inferred, and the grade: strong (a source document confirmed by an official or news source, nothing inferred), moderate, weak.',
    }),
});
export type LinkProperties = z.infer<typeof LinkProperties>;

/**
 * A link as the page lists, filters and draws it (`fields=index`): the full record less what
 * only its detail panel shows, which /api/links/{id} answers when it opens.
 */
export const LinkIndexProperties = LinkProperties.omit({
  summary_en: true,
  summary_zh: true,
  terms: true,
  events: true,
  evidence: true,
}).extend({ grade: LinkProperties.shape.evidence.shape.grade });
export type LinkIndexProperties = z.infer<typeof LinkIndexProperties>;

const ArcGeometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('LineString'), coordinates: z.array(Position).min(2) }),
  z.object({
    type: z.literal('MultiLineString'),
    coordinates: z.array(z.array(Position).min(2)).min(2),
  }),
]);

const linkFeature = <G extends z.ZodType, P extends z.ZodType>(geometry: G, properties: P) =>
  z.object({ type: z.literal('Feature'), id: Id, geometry, properties });

const linkCollection = <G extends z.ZodType, P extends z.ZodType>(geometry: G, properties: P) =>
  z.object({ type: z.literal('FeatureCollection'), features: z.array(linkFeature(geometry, properties)) });

/** Links with their drawn arcs: what the map draws and what /api/links answers by default. */
export const LinkFeatureCollection = linkCollection(ArcGeometry, LinkProperties);
export type LinkFeatureCollection = z.infer<typeof LinkFeatureCollection>;

/** Links without geometry (`geometry=none`): GeoJSON's unlocated features, for lists. */
export const LinkRecordCollection = linkCollection(z.null(), LinkProperties);
export type LinkRecordCollection = z.infer<typeof LinkRecordCollection>;

/**
 * The links as the page carries them (`geometry=none&fields=index`): the browser draws the
 * arcs from the places' coordinates, since thousands of densified arcs would fill the HTML.
 */
export const LinkIndexCollection = linkCollection(z.null(), LinkIndexProperties);
export type LinkIndexCollection = z.infer<typeof LinkIndexCollection>;

/** What every link collection has, arcs or not: enough to list, filter and highlight links. */
export type LinkList = { features: readonly { id: string; properties: LinkIndexProperties }[] };

export const LinksResponse = z.union([LinkFeatureCollection, LinkRecordCollection, LinkIndexCollection]);

/** One link in full, with its arc: what /api/links/{id} answers. */
export const LinkFeature = linkFeature(ArcGeometry, LinkProperties);
export type LinkFeature = z.infer<typeof LinkFeature>;
