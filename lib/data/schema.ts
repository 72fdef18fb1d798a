import { z } from 'zod';
import { ID_PATTERN, LIFECYCLE_STATUSES, LINK_KINDS, MAX_ID_LENGTH, PLACE_KINDS } from '@/lib/domain';

/** Kebab-case identifier shared by places, links and sources. */
export const Id = z.string().regex(ID_PATTERN, 'ids are lower-case kebab-case').max(MAX_ID_LENGTH);

export const Bilingual = z.object({
  en: z.string().min(1),
  zh: z.string().min(1),
});
export type Bilingual = z.infer<typeof Bilingual>;

/** How firm a figure, date or coordinate is; the README's "Where the figures come from" explains each. */
export const Status = z.enum(['seed', 'found', 'found_secondary', 'derived', 'inferred', 'not_found']);
export type Status = z.infer<typeof Status>;

export const PlaceKind = z.enum(PLACE_KINDS);
export type PlaceKind = z.infer<typeof PlaceKind>;

export const Longitude = z.number().min(-180).max(180);
export const Latitude = z.number().min(-90).max(90);

export const Place = z.object({
  id: Id,
  name: Bilingual,
  kind: PlaceKind,
  /** The five places the atlas is about; always labelled on the map. */
  featured: z.boolean(),
  parent: Id.nullable(),
  coordinates: z.object({
    lon: Longitude,
    lat: Latitude,
    /** What the point stands for when it is a proxy (a station, a lake, a nearby landmark). */
    note: Bilingual,
    status: Status.exclude(['not_found']),
    source: Id,
  }),
  description: Bilingual,
});
export type Place = z.infer<typeof Place>;

export const LinkKind = z.enum(LINK_KINDS);
export type LinkKind = z.infer<typeof LinkKind>;

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD');

export const LinkTerm = z.object({
  label: Bilingual,
  value: z.number(),
  unit: z.string().min(1),
  source: Id,
});
export type LinkTerm = z.infer<typeof LinkTerm>;

/** What an organization did in a cooperation, as the source words it. */
export const ActorRole = z.enum([
  'set_up',
  'operates',
  'co_operates',
  'signed',
  'hosts',
  'guides',
  /** A platform, area or market through which the parties agreed to cooperate. */
  'platform',
]);
export type ActorRole = z.infer<typeof ActorRole>;

export const LinkActor = z.object({
  organization: Id,
  role: ActorRole,
  /** The source whose quote names this organization in this role. */
  source: Id,
});
export type LinkActor = z.infer<typeof LinkActor>;

export const LifecycleValue = z.enum(LIFECYCLE_STATUSES);
export type LifecycleValue = z.infer<typeof LifecycleValue>;

/** Where a link stands, with the date and source that support it; `unknown` has neither. */
export const LinkLifecycle = z.discriminatedUnion('value', [
  z.object({
    value: LifecycleValue.exclude(['unknown']),
    date: IsoDate,
    dateStatus: Status.exclude(['not_found', 'derived']),
    source: Id,
  }),
  z.object({ value: z.literal('unknown'), date: z.null(), dateStatus: z.null(), source: z.null() }),
]);
export type LinkLifecycle = z.infer<typeof LinkLifecycle>;

export const EventKind = z.enum(['ceremony', 'signing', 'opening', 'meeting']);
export type EventKind = z.infer<typeof EventKind>;

export const LinkEvent = z.object({
  date: IsoDate,
  dateStatus: Status.exclude(['not_found', 'derived']),
  kind: EventKind,
  description: Bilingual,
  source: Id,
});
export type LinkEvent = z.infer<typeof LinkEvent>;

export const Link = z.object({
  id: Id,
  from: Id,
  to: Id,
  /** True when the documents describe the cooperation as running both ways. */
  mutual: z.boolean(),
  /** Where the agreement was signed or the ceremony held, when that is a mapped place. */
  venue: Id.nullable(),
  kind: LinkKind,
  date: IsoDate,
  dateStatus: Status.exclude(['not_found', 'derived']),
  title: Bilingual,
  summary: Bilingual,
  terms: z.array(LinkTerm),
  sources: z.array(Id).min(1),
  /** Defaults keep a generated link (the benchmark's) valid: no actors, no events, status unknown. */
  actors: z.array(LinkActor).default([]),
  status: LinkLifecycle.default({ value: 'unknown', date: null, dateStatus: null, source: null }),
  events: z.array(LinkEvent).default([]),
});
export type Link = z.infer<typeof Link>;

export const Metric = z.enum([
  'gdp',
  'gdp_per_capita',
  'gdp_growth',
  'population',
  'land_area',
  'park_area',
  'fiscal_revenue',
  'disposable_income_urban',
  'disposable_income_rural',
  'listed_companies',
  'top_private_enterprises',
  'researchers',
]);
export type Metric = z.infer<typeof Metric>;

/** Units as the sources print them; lib/data converts them to each metric's display unit. */
export const SourceUnit = z.enum([
  'CNY billion',
  'USD million',
  'CNY',
  'USD',
  'persons',
  '10k persons',
  'km2',
  'count',
  'percent per year',
]);
export type SourceUnit = z.infer<typeof SourceUnit>;

export const Vintage = z.enum(['first_published', 'revised', 'estimate', 'superseded']);
export type Vintage = z.infer<typeof Vintage>;

/** `more_than` for figures printed as "over N"; `about` for "about N". */
export const Qualifier = z.enum(['exact', 'more_than', 'about']);
export type Qualifier = z.infer<typeof Qualifier>;

/**
 * The population a figure counts or is divided by: registered (hukou) residents, a
 * resident-population estimate between censuses (year-end in China, 1 July in the U.S.),
 * or a census count. A series whose basis changes has a break there.
 */
export const PopulationBasis = z.enum(['registered', 'resident_estimate', 'resident_census']);
export type PopulationBasis = z.infer<typeof PopulationBasis>;

const statFields = {
  place: Id,
  metric: Metric,
  /** Null for figures without a reference year (a land area, say). */
  year: z.number().int().min(1900).max(2100).nullable(),
  /** Null where the source states the year; `inferred` where it is taken from the document's date. */
  yearStatus: z.literal('inferred').nullable(),
  /** Only for population and per-capita figures. */
  basis: PopulationBasis.nullable(),
  /** The data release a figure comes from, where one series mixes releases (BEA's vintages, say). */
  release: z.string().min(1).nullable(),
  unit: SourceUnit,
  /** Which territory the figure covers, spelled out (Boston's GDP is its metropolitan area's). */
  geography: z.string().min(1),
  vintage: Vintage,
  source: Id,
  note: z.string(),
};

export const Stat = z.discriminatedUnion('status', [
  z.object({
    ...statFields,
    status: Status.exclude(['not_found']),
    value: z.number(),
    qualifier: Qualifier,
  }),
  z.object({
    ...statFields,
    status: z.literal('not_found'),
    value: z.null(),
    qualifier: z.literal('exact'),
  }),
]);
export type Stat = z.infer<typeof Stat>;

export const SourceKind = z.enum(['seed_document', 'official', 'news', 'secondary', 'reference']);

export const Source = z.object({
  id: Id,
  kind: SourceKind,
  title: z.string().min(1),
  publisher: z.string().min(1),
  /** Publication date as far as it is known: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: z
    .string()
    .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/)
    .nullable(),
  url: z.url().nullable(),
  /** The document shipped in data/documents/ that holds the quote, verbatim. */
  document: Id.nullable(),
  /** Words from the source that support what cites it; verbatim where it names a document. */
  quote: z.string().min(1),
  language: z.enum(['en', 'zh', 'mixed']),
});
export type Source = z.infer<typeof Source>;

export const RateSeries = z.enum(['fed_g5a', 'pboc_central_parity', 'derived_communique']);
export type RateSeries = z.infer<typeof RateSeries>;

export const ExchangeRate = z.object({
  year: z.number().int(),
  cnyPerUsd: z.number().positive(),
  series: RateSeries,
  status: Status.exclude(['not_found', 'inferred', 'seed']),
  source: Id,
});
export type ExchangeRate = z.infer<typeof ExchangeRate>;

/** The names of the territories figures cover, in both languages (stats.csv names them in English). */
export const Geographies = z.array(Bilingual);

export const DocumentKind = z.enum(['news', 'reference_excerpt']);

/** A source document shipped with the atlas: its text is data/documents/{file}. */
export const DocumentRecord = z.object({
  id: Id,
  file: z.string().regex(/^[a-z0-9-]+\.(?:txt|json)$/),
  kind: DocumentKind,
  title: z.string().min(1),
  publisher: z.string().min(1),
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/),
  /** `seed` where the document prints its date, `found` where another source confirms it, else `inferred`. */
  dateStatus: z.enum(['seed', 'found', 'inferred']),
  dateNote: Bilingual,
  language: z.enum(['en', 'zh', 'mixed']),
});
export type DocumentRecord = z.infer<typeof DocumentRecord>;

export const OrganizationKind = z.enum([
  'government',
  'development_zone',
  'technology_transfer_center',
  'innovation_center',
  'association',
  'corridor',
  'demonstration_zone',
  'platform',
]);
export type OrganizationKind = z.infer<typeof OrganizationKind>;

/** Where an organization sits: a mapped place, or its own sourced point; null where no source says. */
export const OrganizationSeat = z.union([
  z.object({
    place: Id,
    status: Status.exclude(['not_found', 'derived']),
    source: Id,
    note: Bilingual,
  }),
  z.object({
    lon: Longitude,
    lat: Latitude,
    status: Status.exclude(['not_found', 'derived']),
    source: Id,
    note: Bilingual,
  }),
]);
export type OrganizationSeat = z.infer<typeof OrganizationSeat>;

export const Organization = z.object({
  id: Id,
  name: Bilingual,
  kind: OrganizationKind,
  seat: OrganizationSeat.nullable(),
  parent: Id.nullable(),
  description: Bilingual,
  sources: z.array(Id).min(1),
});
export type Organization = z.infer<typeof Organization>;

export const Places = z.array(Place);
export const Organizations = z.array(Organization);
export const DocumentRecords = z.array(DocumentRecord);
export const Links = z.array(Link);
export const Sources = z.array(Source);
export const ExchangeRates = z.array(ExchangeRate);
