import { LINK_KINDS, type LinkKind } from '@/lib/domain';

/**
 * One URL parameter of the view: how its text becomes a value and back. `parse`
 * answers null for anything it cannot use, so a bad value falls back to the
 * default instead of breaking the page.
 */
export type ParamSpec<T> = {
  key: string;
  parse: (text: string) => T | null;
  serialize: (value: T) => string;
  defaultValue: T;
  eq: (a: T, b: T) => boolean;
};

export const MAX_VALUE_LENGTH = 300;

const same = <T>(a: T, b: T) => a === b;
const sameList = <T>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

const NUMBER = /^-?\d+(?:\.\d+)?$/;

function numberIn(text: string, min: number, max: number): number | null {
  if (!NUMBER.test(text)) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}

/** Rounds to `digits` decimals without "-0" or float noise; keeps URLs short and stable. */
export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}

function literal<T extends string>(key: string, options: readonly T[], defaultValue: T): ParamSpec<T> {
  return {
    key,
    parse: (text) => ((options as readonly string[]).includes(text) ? (text as T) : null),
    serialize: (value) => value,
    defaultValue,
    eq: same,
  };
}

/** A sorted, duplicate-free subset of `options`, written comma-separated. */
function subset<T extends string>(
  key: string,
  options: readonly T[],
  defaultValue: readonly T[],
): ParamSpec<readonly T[]> {
  const order = (values: readonly T[]) => options.filter((o) => values.includes(o));
  return {
    key,
    parse: (text) => {
      if (text === '') return [];
      const items = text.split(',');
      if (items.some((item) => !(options as readonly string[]).includes(item))) return null;
      if (new Set(items).size !== items.length) return null;
      return order(items as T[]);
    },
    serialize: (value) => order(value).join(','),
    defaultValue,
    eq: (a, b) => sameList(order(a), order(b)),
  };
}

export type Center = readonly [lon: number, lat: number];

/** Web-Mercator maps stop short of the poles. */
export const MAX_LATITUDE = 85;

export const centerParam: ParamSpec<Center | null> = {
  key: 'c',
  parse: (text) => {
    const [lonText, latText, ...rest] = text.split(',');
    if (rest.length > 0 || lonText === undefined || latText === undefined) return null;
    const lon = numberIn(lonText, -180, 180);
    const lat = numberIn(latText, -MAX_LATITUDE, MAX_LATITUDE);
    return lon === null || lat === null ? null : [roundTo(lon, 4), roundTo(lat, 4)];
  },
  serialize: (value) => (value ? `${roundTo(value[0], 4)},${roundTo(value[1], 4)}` : ''),
  defaultValue: null,
  eq: (a, b) => (a === null || b === null ? a === b : a[0] === b[0] && a[1] === b[1]),
};

const nullableNumber = (key: string, min: number, max: number, digits: number): ParamSpec<number | null> => ({
  key,
  parse: (text) => {
    const value = numberIn(text, min, max);
    return value === null ? null : roundTo(value, digits);
  },
  serialize: (value) => (value === null ? '' : String(roundTo(value, digits))),
  defaultValue: null,
  eq: same,
});

export const MIN_ZOOM = 0;
export const MAX_ZOOM = 18;

export const zoomParam = nullableNumber('z', MIN_ZOOM, MAX_ZOOM, 2);

const wholeNumber = (key: string, min: number, max: number): ParamSpec<number> => ({
  key,
  parse: (text) => {
    const value = numberIn(text, min, max);
    return value === null ? null : Math.round(value);
  },
  serialize: (value) => String(Math.round(value)),
  defaultValue: 0,
  eq: same,
});

export const bearingParam = wholeNumber('b', -180, 180);
export const pitchParam = wholeNumber('pt', 0, 60);

export const PROJECTIONS = ['mercator', 'globe'] as const;
export type Projection = (typeof PROJECTIONS)[number];
export const projectionParam = literal('proj', PROJECTIONS, 'mercator');

export type Selection = { type: 'place' | 'link'; id: string };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `place:boston` or `link:shanghai-suzhou-193-tasks`; whether the id exists is checked against the data. */
export const selectionParam: ParamSpec<Selection | null> = {
  key: 'sel',
  parse: (text) => {
    const match = /^(place|link):(.{1,64})$/.exec(text);
    if (!match || !ID.test(match[2] as string)) return null;
    return { type: match[1] as Selection['type'], id: match[2] as string };
  },
  serialize: (value) => (value ? `${value.type}:${value.id}` : ''),
  defaultValue: null,
  eq: (a, b) => a?.type === b?.type && a?.id === b?.id,
};

export const hiddenKindsParam = subset<LinkKind>('hide', LINK_KINDS, []);

export const outlinesParam: ParamSpec<boolean> = {
  key: 'ol',
  parse: (text) => (text === '1' ? true : text === '0' ? false : null),
  serialize: (value) => (value ? '1' : '0'),
  defaultValue: true,
  eq: same,
};

export type YearRange = readonly [from: number, to: number];

/** Whether a year falls inside the view's year range; every year does when there is none. */
export const inYearRange = (year: number, years: YearRange | null): boolean =>
  years === null || (year >= years[0] && year <= years[1]);

export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2030;

export const yearsParam: ParamSpec<YearRange | null> = {
  key: 'yr',
  parse: (text) => {
    const match = /^(\d{4})-(\d{4})$/.exec(text);
    if (!match) return null;
    const from = Number(match[1]);
    const to = Number(match[2]);
    return from >= FIRST_YEAR && to <= LAST_YEAR && from <= to ? [from, to] : null;
  },
  serialize: (value) => (value ? `${value[0]}-${value[1]}` : ''),
  defaultValue: null,
  eq: (a, b) => (a === null || b === null ? a === b : a[0] === b[0] && a[1] === b[1]),
};

export const CURRENCIES = ['CNY', 'USD'] as const;
export const currencyParam = literal('cur', CURRENCIES, 'CNY');

export const PANELS = ['gdp', 'gdppc', 'area', 'coop', 'profile'] as const;
export type PanelId = (typeof PANELS)[number];
export const panelsParam = subset<PanelId>('pn', PANELS, PANELS);
export const tablesParam = subset<PanelId>('tbl', PANELS, []);

export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Null: not in the URL, so the browser's Accept-Language decides. */
export const languageParam: ParamSpec<Language | null> = {
  key: 'lang',
  parse: (text) => ((LANGUAGES as readonly string[]).includes(text) ? (text as Language) : null),
  serialize: (value) => value ?? '',
  defaultValue: null,
  eq: same,
};

export const VIEW_PARAMS = {
  center: centerParam,
  zoom: zoomParam,
  bearing: bearingParam,
  pitch: pitchParam,
  projection: projectionParam,
  selection: selectionParam,
  hiddenKinds: hiddenKindsParam,
  outlines: outlinesParam,
  years: yearsParam,
  currency: currencyParam,
  panels: panelsParam,
  tables: tablesParam,
  language: languageParam,
} as const;

export type ViewParams = typeof VIEW_PARAMS;
export type ViewState = { -readonly [K in keyof ViewParams]: ViewParams[K]['defaultValue'] };
