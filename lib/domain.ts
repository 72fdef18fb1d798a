/**
 * The atlas's vocabulary, defined once: the enumerations and small types that the data,
 * the API, the URL contract and the components all speak. Everything else imports them.
 */

/** Kebab-case identifier shared by places, links, organizations and sources. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_ID_LENGTH = 64;
export const isId = (text: string): boolean => text.length <= MAX_ID_LENGTH && ID_PATTERN.test(text);

export const PLACE_KINDS = ['city', 'district', 'park', 'site', 'venue'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const LINK_KINDS = [
  'enterprise_park',
  'technology_transfer',
  'cooperation_agreement',
  'organization_cluster',
] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** How well the sources support a link (lib/data/evidence.ts grades it). */
export const EVIDENCE_GRADES = ['strong', 'moderate', 'weak'] as const;
export type EvidenceGrade = (typeof EVIDENCE_GRADES)[number];

/** Where a cooperation stands, as the sources date it. */
export const LIFECYCLE_STATUSES = ['announced', 'signed', 'opened', 'operating', 'unknown'] as const;
export type LifecycleStatus = (typeof LIFECYCLE_STATUSES)[number];

export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';
export const isLocale = (value: unknown): value is Locale => (LOCALES as readonly unknown[]).includes(value);

export const CURRENCIES = ['CNY', 'USD'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** The chart panels under the map, in the order they are drawn. */
export const PANELS = ['gdp', 'gdppc', 'area', 'coop', 'profile'] as const;
export type PanelId = (typeof PANELS)[number];

/**
 * What the GDP panel shows: the figures as published (levels), each place indexed to its
 * base year (= 100), or its average annual growth over the years shown. Only levels need a rate.
 */
export const COMPARE_MODES = ['levels', 'index', 'growth'] as const;
export type CompareMode = (typeof COMPARE_MODES)[number];

export const PROJECTIONS = ['mercator', 'globe'] as const;
export type Projection = (typeof PROJECTIONS)[number];

/** Inclusive years; null where a view sets none, and then every year is in it. */
export type YearRange = readonly [from: number, to: number];
/** Undated figures (a land area, say) cannot sit inside a range, so only "no range" keeps them. */
export const inYearRange = (year: number | null, years: YearRange | null): boolean =>
  years === null || (year !== null && year >= years[0] && year <= years[1]);

/** The range an API query's optional from and to mean: open where one is absent, none without both. */
export const yearRangeOf = (from?: number, to?: number): YearRange | null =>
  from === undefined && to === undefined
    ? null
    : [from ?? Number.NEGATIVE_INFINITY, to ?? Number.POSITIVE_INFINITY];

/** The years two ranges share, or null when they share none. */
export function yearRangeOverlap(a: YearRange, b: YearRange): YearRange | null {
  const from = Math.max(a[0], b[0]);
  const to = Math.min(a[1], b[1]);
  return from <= to ? [from, to] : null;
}

/** A place or a link, as selected, hovered or focused. */
export type Selection = { type: 'place' | 'link'; id: string };
export const sameSelection = (a: Selection | null, b: Selection | null): boolean =>
  a?.type === b?.type && a?.id === b?.id;
