import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMPARE_MODES,
  CURRENCIES,
  EVIDENCE_GRADES,
  LIFECYCLE_STATUSES,
  LINK_KINDS,
  LOCALES,
  PANELS,
  PROJECTIONS,
} from '@/lib/domain';
import { parseView } from './load';
import { migrateParams, VIEW_VERSION } from './migrations';
import { DEFAULT_VIEW, roundTo, type ViewKey, type ViewState, viewUrlKeys } from './parsers';
import { canonicalOrder, viewQuery } from './serialize';

/** The parsers alone: ids are checkView's business, tested in check.test.ts. */
const read = (params: URLSearchParams) => {
  const { view, ignored } = parseView(params, null);
  return { state: view, ignored };
};
const parse = (query: string) => read(new URLSearchParams(query));
const viewKeyOf = (urlKey: string) =>
  (Object.entries(viewUrlKeys).find(([, k]) => k === urlKey) as [ViewKey, string])[0];

describe('parseView', () => {
  it('reads an empty URL as the default view', () => {
    expect(parse('')).toEqual({ state: DEFAULT_VIEW, ignored: [] });
  });

  it.each<[string, string, Partial<ViewState>]>([
    ['centre and zoom', 'c=121.4737,31.2304&z=9.5', { center: [121.4737, 31.2304], zoom: 9.5 }],
    ['rounding of the centre', 'c=121.473701,31.230449&z=9.123', { center: [121.4737, 31.2304], zoom: 9.12 }],
    ['bearing and pitch', 'b=-45&pt=30', { bearing: -45, pitch: 30 }],
    ['the globe', 'proj=globe', { projection: 'globe' }],
    [
      'a selected link',
      'sel=link:shanghai-suzhou-193-tasks',
      { selection: { type: 'link', id: 'shanghai-suzhou-193-tasks' } },
    ],
    ['a selected place', 'sel=place:boston', { selection: { type: 'place', id: 'boston' } }],
    [
      'hidden kinds, in canonical order',
      'hide=organization_cluster,enterprise_park',
      { hiddenKinds: ['enterprise_park', 'organization_cluster'] },
    ],
    ['outlines off', 'ol=0', { outlines: false }],
    ['weak evidence hidden', 'ev=weak', { hiddenGrades: ['weak'] }],
    [
      'statuses hidden, in canonical order',
      'st=unknown,announced',
      { hiddenStatuses: ['announced', 'unknown'] },
    ],
    ['a year range', 'yr=2016-2021', { years: [2016, 2021] }],
    ['dollars', 'cur=USD', { currency: 'USD' }],
    ['indexed growth', 'cmp=index', { compare: 'index' }],
    ['average annual growth', 'cmp=growth', { compare: 'growth' }],
    ['some panels', 'pn=gdp,coop', { panels: ['gdp', 'coop'] }],
    ['no panels at all', 'pn=', { panels: [] }],
    ['table mode', 'tbl=area', { tables: ['area'] }],
    ['Chinese', 'lang=zh', { language: 'zh' }],
  ])('reads %s', (_name, query, expected) => {
    const { state, ignored } = parse(query);
    expect(ignored).toEqual([]);
    expect(state).toEqual({ ...DEFAULT_VIEW, ...expected });
  });

  it.each([
    ['a zoom out of range', 'c=121,31&z=99', ['z', 'c']],
    ['a latitude past the Mercator limit', 'c=0,89&z=3', ['c', 'z']],
    ['a centre that is no number', 'c=east,north&z=3', ['c', 'z']],
    ['a centre without a zoom', 'c=121,31', ['c']],
    ['an unknown projection', 'proj=dymaxion', ['proj']],
    ['a selection of an unknown type', 'sel=city:boston', ['sel']],
    ['script in a selection', 'sel=link:<script>alert(1)</script>', ['sel']],
    ['an unknown kind', 'hide=friendship', ['hide']],
    ['an unknown evidence grade', 'ev=rumour', ['ev']],
    ['an unknown status', 'st=dreamt', ['st']],
    ['a repeated kind', 'hide=enterprise_park,enterprise_park', ['hide']],
    ['years the wrong way round', 'yr=2021-2016', ['yr']],
    ['a currency the atlas does not have', 'cur=EUR', ['cur']],
    ['an unknown panel', 'pn=weather', ['pn']],
    ['an unknown comparison mode', 'cmp=ppp', ['cmp']],
    ['an empty comparison mode', 'cmp=', ['cmp']],
    ['an unknown language', 'lang=fr', ['lang']],
    ['a repeated parameter', 'cur=USD&cur=CNY', ['cur']],
    ['an over-long value', `sel=place:${'a'.repeat(400)}`, ['sel']],
  ])('ignores %s and says so', (_name, query, keys) => {
    const { state, ignored } = parse(query);
    expect(ignored.map((i) => i.key).sort()).toEqual([...keys].sort());
    for (const key of keys) expect(state[viewKeyOf(key)]).toEqual(DEFAULT_VIEW[viewKeyOf(key)]);
  });

  it('keeps good values beside bad ones', () => {
    const { state, ignored } = parse('cur=USD&proj=dymaxion&sel=place:boston');
    expect(state).toMatchObject({
      currency: 'USD',
      projection: 'mercator',
      selection: { type: 'place', id: 'boston' },
    });
    expect(ignored.map((i) => i.key)).toEqual(['proj']);
  });

  it('ignores parameters it does not know, without a notice', () => {
    expect(parse('utm_source=newsletter').ignored).toEqual([]);
  });
});

describe('viewQuery', () => {
  it('leaves the default view out of the URL entirely', () => {
    expect(viewQuery(DEFAULT_VIEW)).toBe('');
  });

  it('writes short, readable parameters with the version first, as the address bar does', () => {
    const state: ViewState = {
      ...DEFAULT_VIEW,
      center: [121.4737, 31.2304],
      zoom: 9.5,
      selection: { type: 'link', id: 'shanghai-suzhou-193-tasks' },
      currency: 'USD',
    };
    expect(viewQuery(state)).toBe(
      `?v=${VIEW_VERSION}&c=121.4737,31.2304&z=9.5&sel=link:shanghai-suzhou-193-tasks&cur=USD`,
    );
  });
});

const lon = fc.double({ min: -180, max: 180, noNaN: true }).map((x) => roundTo(x, 4));
const lat = fc.double({ min: -85, max: 85, noNaN: true }).map((x) => roundTo(x, 4));
const id = fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,12}){0,3}$/);
const subsetOf = <T>(options: readonly T[]) =>
  fc.subarray([...options]).map((items) => options.filter((o) => items.includes(o)));

const viewState: fc.Arbitrary<ViewState> = fc
  .record({
    viewport: fc.option(
      fc.tuple(
        lon,
        lat,
        fc.double({ min: 0, max: 18, noNaN: true }).map((z) => roundTo(z, 2)),
      ),
    ),
    bearing: fc.integer({ min: -180, max: 180 }),
    pitch: fc.integer({ min: 0, max: 60 }),
    projection: fc.constantFrom(...PROJECTIONS),
    selection: fc.option(fc.record({ type: fc.constantFrom('place' as const, 'link' as const), id })),
    hiddenKinds: subsetOf(LINK_KINDS),
    hiddenGrades: subsetOf(EVIDENCE_GRADES),
    hiddenStatuses: subsetOf(LIFECYCLE_STATUSES),
    outlines: fc.boolean(),
    years: fc.option(
      fc
        .tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 0, max: 40 }))
        .map(([from, span]) => [from, Math.min(from + span, 2030)] as const),
    ),
    currency: fc.constantFrom(...CURRENCIES),
    compare: fc.constantFrom(...COMPARE_MODES),
    panels: subsetOf(PANELS),
    tables: subsetOf(PANELS),
    language: fc.option(fc.constantFrom(...LOCALES)),
  })
  .map(({ viewport, ...rest }) => ({
    ...rest,
    center: viewport ? ([viewport[0], viewport[1]] as const) : null,
    zoom: viewport ? viewport[2] : null,
  }));

describe('the URL contract (properties)', () => {
  it('gives back any valid view written to a URL and read again', () => {
    fc.assert(
      fc.property(viewState, (state) => {
        const url = `https://atlas.test/${viewQuery(state)}`;
        const { state: back, ignored } = read(new URL(url).searchParams);
        expect(ignored).toEqual([]);
        expect(back).toEqual(state);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads any string in any parameter as a valid view', () => {
    const key = fc.constantFrom(...Object.values(viewUrlKeys), 'v', 'x');
    const value = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.string({ maxLength: 2000 }),
      fc.constant('<img src=x onerror=alert(1)>'),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 8 }), (pairs) => {
        const { state } = read(new URLSearchParams(pairs));
        // Valid means: it survives its own round trip unchanged.
        expect(parse(viewQuery(state).slice(1)).state).toEqual(state);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('migrateParams', () => {
  it('leaves a current link alone', () => {
    const params = new URLSearchParams('v=1&cur=USD');
    expect(migrateParams(params)).toEqual({ params, changed: false });
  });

  it('leaves a link with no version and no old names alone', () => {
    expect(migrateParams(new URLSearchParams('cur=USD')).changed).toBe(false);
  });

  it('opens an old-style link (the API’s parameter names) as the same view', () => {
    const { params, changed } = migrateParams(
      new URLSearchParams(
        'currency=USD&from=2016&to=2021&link=shanghai-suzhou-193-tasks&kind=enterprise_park,technology_transfer',
      ),
    );
    expect(changed).toBe(true);
    expect(read(params)).toEqual({
      state: {
        ...DEFAULT_VIEW,
        currency: 'USD',
        years: [2016, 2021],
        selection: { type: 'link', id: 'shanghai-suzhou-193-tasks' },
        hiddenKinds: ['cooperation_agreement', 'organization_cluster'],
      },
      ignored: [],
    });
    expect(params.get('v')).toBe(String(VIEW_VERSION));
  });

  it.each([
    ['only from', 'from=2019', [2019, 2019]],
    ['only to', 'to=2020', [2020, 2020]],
  ] as const)('reads %s as a one-year range', (_name, query, years) => {
    expect(read(migrateParams(new URLSearchParams(query)).params).state.years).toEqual(years);
  });

  it('reads a version from the future as the current one', () => {
    expect(migrateParams(new URLSearchParams('v=99&cur=USD')).changed).toBe(false);
  });
});

describe('canonicalOrder', () => {
  it.each([
    [
      'the version first, then the contract’s order',
      'cmp=growth&sel=place:boston&cur=USD&v=1&z=3&c=1,2',
      'v=1&c=1,2&z=3&sel=place:boston&cur=USD&cmp=growth',
    ],
    [
      'other keys after the view’s, as they came',
      'utm_source=mail&cur=USD&v=1&x=2',
      'v=1&cur=USD&utm_source=mail&x=2',
    ],
    ['a lone version left out', 'v=1', ''],
    ['nothing', '', ''],
  ])('%s', (_name, given, expected) => {
    const ordered = canonicalOrder(new URLSearchParams(given));
    expect(decodeURIComponent(ordered.toString())).toBe(expected);
  });
});
