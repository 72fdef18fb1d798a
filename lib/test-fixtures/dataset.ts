import type { Dataset } from '@/lib/data/load';
import type { Link, Place, Qualifier, SourceUnit, Stat, Status, Vintage } from '@/lib/data/schema';

/**
 * A small dataset for logic tests, so that editing data/ can never break one. The ids
 * are the atlas's own (the palette and the Yangtze Delta view name them) but every
 * figure and date is made up. Zhangjiang's lab sits two levels below Shanghai, so
 * "inside" cannot pass for "a child of".
 */

const bilingual = (en: string) => ({ en, zh: `${en}（中）` });

const place = (
  id: string,
  kind: Place['kind'],
  parent: string | null,
  [lon, lat]: [number, number],
  featured = parent === null,
): Place => ({
  id,
  name: bilingual(id),
  kind,
  featured,
  parent,
  coordinates: { lon, lat, note: bilingual('centre'), status: 'found', source: 'fixture-atlas' },
  description: bilingual(`About ${id}`),
});

const PLACES: Place[] = [
  place('shanghai', 'city', null, [121.47, 31.23]),
  place('zhangjiang', 'park', 'shanghai', [121.59, 31.2]),
  place('zhangjiang-lab', 'site', 'zhangjiang', [121.6, 31.21]),
  place('lingang', 'district', 'shanghai', [121.93, 30.9], true),
  place('suzhou', 'city', null, [120.59, 31.3]),
  place('suzhou-industrial-park', 'park', 'suzhou', [120.72, 31.32]),
  place('shaoxing', 'city', null, [120.58, 30.0]),
  place('boston', 'city', null, [-71.06, 42.36]),
  place('massachusetts-state-house', 'venue', 'boston', [-71.063, 42.358]),
];

const link = (
  id: string,
  [from, to]: [string, string],
  kind: Link['kind'],
  date: string,
  extra: Partial<Link> = {},
): Link => ({
  id,
  from,
  to,
  mutual: false,
  venue: null,
  kind,
  date,
  dateStatus: 'found',
  title: bilingual(id),
  summary: bilingual(`Summary of ${id}`),
  terms: [],
  sources: ['fixture-atlas'],
  actors: [],
  status: { value: 'unknown', date: null, dateStatus: null, source: null },
  events: [],
  ...extra,
});

const LINKS: Link[] = [
  link('park-link', ['zhangjiang', 'boston'], 'enterprise_park', '2016-05-01', {
    venue: 'massachusetts-state-house',
  }),
  link('lab-link', ['zhangjiang-lab', 'shaoxing'], 'technology_transfer', '2019-01-19', {
    dateStatus: 'inferred',
  }),
  link('agreement-link', ['shanghai', 'suzhou'], 'cooperation_agreement', '2021-10-26', {
    mutual: true,
    terms: [{ label: bilingual('tasks'), value: 12, unit: 'tasks', source: 'fixture-atlas' }],
  }),
  link('cluster-link', ['shanghai', 'lingang'], 'organization_cluster', '2023-06-01'),
];

export const GEOGRAPHY = {
  shanghai: 'Shanghai Municipality',
  suzhou: 'Suzhou (prefecture-level city)',
  shaoxing: 'Shaoxing (prefecture-level city)',
  bostonMetro: 'Boston Metropolitan Statistical Area',
  bostonCity: 'City of Boston',
  bostonDistrict: 'Boston Innovation District',
  zhangjiang: 'Zhangjiang Science City',
  lingangFirst: 'Lin-gang (first phase)',
  lingangPlan: 'Lin-gang (overall plan)',
  suzhouPark: 'Suzhou Industrial Park',
} as const;

type Row = [
  place: string,
  metric: Stat['metric'],
  year: number | null,
  value: number | null,
  unit: SourceUnit,
  geography: string,
  status: Status,
  options?: { qualifier?: Qualifier; vintage?: Vintage; source?: string },
];

const stat = ([placeId, metric, year, value, unit, geography, status, options = {}]: Row): Stat =>
  ({
    place: placeId,
    metric,
    year,
    value,
    unit,
    geography,
    status,
    qualifier: options.qualifier ?? 'exact',
    vintage: options.vintage ?? 'first_published',
    source: options.source ?? 'fixture-stats',
    note: '',
    yearStatus: null,
    basis: null,
    release: null,
  }) as Stat;

const G = GEOGRAPHY;
const STATS: Stat[] = (
  [
    ['shanghai', 'gdp', 2015, 100, 'CNY billion', G.shanghai, 'found'],
    ['shanghai', 'gdp', 2017, 120, 'CNY billion', G.shanghai, 'found'],
    ['shanghai', 'gdp', 2017, 125, 'CNY billion', G.shanghai, 'found', { vintage: 'revised' }],
    ['shanghai', 'gdp', 2018, 130, 'CNY billion', G.shanghai, 'found', { vintage: 'superseded' }],
    ['shanghai', 'gdp', 2022, 180, 'CNY billion', G.shanghai, 'found'],
    ['shanghai', 'gdp', 2024, 200, 'CNY billion', G.shanghai, 'found', { qualifier: 'more_than' }],
    ['shanghai', 'population', 2022, 2000, '10k persons', G.shanghai, 'found'],
    ['suzhou', 'gdp', 2022, 90, 'CNY billion', G.suzhou, 'found'],
    ['suzhou', 'population', 2022, 1000, '10k persons', G.suzhou, 'found'],
    ['shaoxing', 'gdp', 2016, null, 'CNY billion', G.shaoxing, 'not_found'],
    ['shaoxing', 'gdp', 2017, 50, 'CNY billion', G.shaoxing, 'seed', { source: 'fixture-document' }],
    [
      'shaoxing',
      'fiscal_revenue',
      2017,
      7,
      'CNY billion',
      G.shaoxing,
      'seed',
      { source: 'fixture-document' },
    ],
    [
      'shaoxing',
      'gdp_per_capita',
      2017,
      100000,
      'CNY',
      G.shaoxing,
      'seed',
      { qualifier: 'more_than', source: 'fixture-document' },
    ],
    ['shaoxing', 'gdp', 2024, 80, 'CNY billion', G.shaoxing, 'found_secondary'],
    ['boston', 'gdp', 2017, 400000, 'USD million', G.bostonMetro, 'found'],
    ['boston', 'gdp', 2019, null, 'USD million', G.bostonMetro, 'not_found'],
    ['boston', 'gdp', 2019, null, 'USD million', G.bostonCity, 'not_found'],
    ['boston', 'park_area', null, 4.05, 'km2', G.bostonDistrict, 'found'],
    ['zhangjiang', 'park_area', null, 95, 'km2', G.zhangjiang, 'found'],
    ['lingang', 'park_area', null, 120, 'km2', G.lingangFirst, 'found'],
    ['lingang', 'park_area', null, 870, 'km2', G.lingangPlan, 'found'],
    ['suzhou-industrial-park', 'park_area', null, 278, 'km2', G.suzhouPark, 'found'],
  ] satisfies Row[]
).map(stat);

export const FIXTURE_DATASET: Dataset = {
  places: PLACES,
  organizations: [],
  documents: [],
  links: LINKS,
  stats: STATS,
  sources: [
    {
      id: 'fixture-atlas',
      kind: 'reference',
      title: 'Fixture atlas',
      publisher: 'Tests',
      date: '2024',
      url: null,
      document: null,
      quote: 'Made up for the tests.',
      language: 'en',
    },
  ],
  rates: [
    { year: 2017, cnyPerUsd: 6.8, series: 'pboc_central_parity', status: 'found', source: 'fixture-rates' },
    { year: 2017, cnyPerUsd: 6.75, series: 'fed_g5a', status: 'found', source: 'fixture-rates' },
    { year: 2022, cnyPerUsd: 6.73, series: 'fed_g5a', status: 'found', source: 'fixture-rates' },
  ],
  geographies: Object.values(GEOGRAPHY).map(bilingual),
};
