import { createParser, type inferParserType } from 'nuqs/server';
import {
  COMPARE_MODES,
  type CompareMode,
  CURRENCIES,
  EVIDENCE_GRADES,
  type EvidenceGrade,
  isId,
  LIFECYCLE_STATUSES,
  LINK_KINDS,
  type LifecycleStatus,
  type LinkKind,
  LOCALES,
  type Locale,
  PANELS,
  PROJECTIONS,
  type Selection,
  type YearRange,
} from '@/lib/domain';

/**
 * The URL contract: one nuqs parser per view key. The page, the embed and the preview
 * image read with them on the server (lib/view/load.ts), the client reads with them
 * through useQueryStates, and every link is written with them (lib/view/serialize.ts).
 * A parser answers null for anything it cannot use, so a bad value falls back to the
 * default instead of breaking the page.
 */

export const MAX_VALUE_LENGTH = 300;

/** Rounds to `digits` decimals without "-0" or float noise; keeps URLs short and stable. */
export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}

const NUMBER = /^-?\d+(?:\.\d+)?$/;

function numberIn(text: string, min: number, max: number): number | null {
  if (!NUMBER.test(text)) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}

/** A parser that refuses over-long text before looking at it. */
function bounded<T>(parse: (text: string) => T | null) {
  return (text: string) => (text.length > MAX_VALUE_LENGTH ? null : parse(text));
}

const sameList = <T>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

function literal<T extends string>(options: readonly T[]) {
  return createParser<T>({
    parse: bounded((text) => ((options as readonly string[]).includes(text) ? (text as T) : null)),
    serialize: (value) => value,
  });
}

/** A sorted, duplicate-free subset of `options`, written comma-separated; `''` is the empty set. */
function subset<T extends string>(options: readonly T[]) {
  const order = (values: readonly T[]) => options.filter((o) => values.includes(o));
  return createParser<readonly T[]>({
    parse: bounded((text) => {
      if (text === '') return [];
      const items = text.split(',');
      if (items.some((item) => !(options as readonly string[]).includes(item))) return null;
      if (new Set(items).size !== items.length) return null;
      return order(items as T[]);
    }),
    serialize: (value) => order(value).join(','),
    eq: (a, b) => sameList(order(a), order(b)),
  });
}

export type Center = readonly [lon: number, lat: number];

/** Web-Mercator maps stop short of the poles. */
export const MAX_LATITUDE = 85;
export const MIN_ZOOM = 0;
export const MAX_ZOOM = 18;

const centerParser = createParser<Center>({
  parse: bounded((text) => {
    const [lonText, latText, ...rest] = text.split(',');
    if (rest.length > 0 || lonText === undefined || latText === undefined) return null;
    const lon = numberIn(lonText, -180, 180);
    const lat = numberIn(latText, -MAX_LATITUDE, MAX_LATITUDE);
    return lon === null || lat === null ? null : [roundTo(lon, 4), roundTo(lat, 4)];
  }),
  serialize: (value) => `${roundTo(value[0], 4)},${roundTo(value[1], 4)}`,
  eq: (a, b) => a[0] === b[0] && a[1] === b[1],
});

function decimal(min: number, max: number, digits: number) {
  return createParser<number>({
    parse: bounded((text) => {
      const value = numberIn(text, min, max);
      return value === null ? null : roundTo(value, digits);
    }),
    serialize: (value) => String(roundTo(value, digits)),
  });
}

/** `place:boston` or `link:shanghai-suzhou-193-tasks`; whether the id exists is checkView's question. */
const selectionParser = createParser<Selection>({
  parse: bounded((text) => {
    const match = /^(place|link):(.+)$/.exec(text);
    if (!match || !isId(match[2] as string)) return null;
    return { type: match[1] as Selection['type'], id: match[2] as string };
  }),
  serialize: (value) => `${value.type}:${value.id}`,
  eq: (a, b) => a.type === b.type && a.id === b.id,
});

const outlinesParser = createParser<boolean>({
  parse: (text) => (text === '1' ? true : text === '0' ? false : null),
  serialize: (value) => (value ? '1' : '0'),
});

/** The widest year range a URL may ask for. */
export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2030;

const yearsParser = createParser<YearRange>({
  parse: bounded((text) => {
    const match = /^(\d{4})-(\d{4})$/.exec(text);
    if (!match) return null;
    const from = Number(match[1]);
    const to = Number(match[2]);
    return from >= FIRST_YEAR && to <= LAST_YEAR && from <= to ? [from, to] : null;
  }),
  serialize: (value) => `${value[0]}-${value[1]}`,
  eq: (a, b) => a[0] === b[0] && a[1] === b[1],
});

/** The map's camera: the map's own slice of the view, written on every pan and zoom end. */
export const viewportParsers = {
  center: centerParser,
  zoom: decimal(MIN_ZOOM, MAX_ZOOM, 2),
  bearing: decimal(-180, 180, 0).withDefault(0),
  pitch: decimal(0, 60, 0).withDefault(0),
};

/** Everything else the view holds; a change here is something the charts and panels may show. */
export const sceneParsers = {
  projection: literal(PROJECTIONS).withDefault('mercator'),
  selection: selectionParser,
  hiddenKinds: subset<LinkKind>(LINK_KINDS).withDefault([]),
  hiddenGrades: subset<EvidenceGrade>(EVIDENCE_GRADES).withDefault([]),
  hiddenStatuses: subset<LifecycleStatus>(LIFECYCLE_STATUSES).withDefault([]),
  outlines: outlinesParser.withDefault(true),
  years: yearsParser,
  currency: literal(CURRENCIES).withDefault('CNY'),
  compare: literal<CompareMode>(COMPARE_MODES).withDefault('levels'),
  panels: subset(PANELS).withDefault(PANELS),
  tables: subset(PANELS).withDefault([]),
  /** Null: not in the URL, so the browser's Accept-Language decides. */
  language: literal<Locale>(LOCALES),
};

export const viewParsers = { ...viewportParsers, ...sceneParsers };

export type ViewParsers = typeof viewParsers;
export type ViewKey = keyof ViewParsers;
export type ViewState = inferParserType<ViewParsers>;
export type Viewport = inferParserType<typeof viewportParsers>;
export type Scene = inferParserType<typeof sceneParsers>;

/** The short names the URL uses for each part of the view. */
export const viewUrlKeys = {
  center: 'c',
  zoom: 'z',
  bearing: 'b',
  pitch: 'pt',
  projection: 'proj',
  selection: 'sel',
  hiddenKinds: 'hide',
  hiddenGrades: 'ev',
  hiddenStatuses: 'st',
  outlines: 'ol',
  years: 'yr',
  currency: 'cur',
  compare: 'cmp',
  panels: 'pn',
  tables: 'tbl',
  language: 'lang',
} as const satisfies Record<ViewKey, string>;

export type ViewUrlKey = (typeof viewUrlKeys)[ViewKey];

export const VIEW_KEYS = Object.keys(viewParsers) as ViewKey[];

export const DEFAULT_VIEW: ViewState = Object.fromEntries(
  VIEW_KEYS.map((key) => [key, (viewParsers[key] as { defaultValue?: unknown }).defaultValue ?? null]),
) as ViewState;

/** Whether two values of one key are the same view, by that key's own parser. */
export function sameValue<K extends ViewKey>(key: K, a: ViewState[K], b: ViewState[K]): boolean {
  if (a === null || b === null) return a === b;
  const parser = viewParsers[key] as unknown as { eq: (x: unknown, y: unknown) => boolean };
  return parser.eq(a, b);
}
