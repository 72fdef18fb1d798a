import { describe, expect, it } from 'vitest';
import { ErrorResponse } from '@/lib/api/contract/error';
import {
  LinkFeature,
  LinkFeatureCollection,
  LinkIndexCollection,
  LinkRecordCollection,
} from '@/lib/api/contract/links';
import { OpenApiDocument } from '@/lib/api/contract/openapi-document';
import { OrganizationOutput, OrganizationsResponse } from '@/lib/api/contract/organizations';
import { PlaceFeatureCollection } from '@/lib/api/contract/places';
import { PlaceProfileResponse } from '@/lib/api/contract/profile';
import { StatsResponse } from '@/lib/api/contract/stats';
import { parseCsvRecords } from '@/lib/data/csv';
import { Source, Sources } from '@/lib/data/schema';
import { GET as getLink } from './links/[id]/route';
import { GET as getLinks } from './links/route';
import { GET as getOpenApi } from './openapi.json/route';
import { GET as getOrganization } from './organizations/[id]/route';
import { GET as getOrganizations } from './organizations/route';
import { GET as getPlace } from './places/[id]/route';
import { GET as getPlaces } from './places/route';
import { GET as getSource } from './sources/[id]/route';
import { GET as getSources } from './sources/route';
import { GET as getStats } from './stats/route';

const request = (path: string, headers: Record<string, string> = {}) =>
  new Request(`http://atlas.test${path}`, { headers });

async function json(response: Response) {
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return (await response.json()) as unknown;
}

async function expectError(response: Response, status: 400 | 404, path?: string) {
  expect(response.status).toBe(status);
  const body = ErrorResponse.parse(await json(response));
  expect(body.error.code).toBe(status === 400 ? 'bad_request' : 'not_found');
  if (path !== undefined) expect(body.error.issues.map((i) => i.path)).toContain(path);
  return body;
}

const sourceById = (id: string) =>
  getSource(request(`/api/sources/${id}`), { params: Promise.resolve({ id }) });

describe('GET /api/places', () => {
  it('answers a FeatureCollection of points', async () => {
    const body = PlaceFeatureCollection.parse(await json(getPlaces(request('/api/places'))));
    expect(body.features.map((f) => f.id)).toEqual(
      expect.arrayContaining(['shanghai', 'suzhou', 'shaoxing', 'lingang', 'boston']),
    );
  });

  it.each([
    ['kind=city', ['boston', 'shanghai', 'shaoxing', 'suzhou']],
    ['kind=park', ['suzhou-industrial-park', 'zhangjiang']],
    ['kind=venue,district', ['lingang', 'massachusetts-state-house', 'sicc']],
  ])('filters %s', async (query, ids) => {
    const body = PlaceFeatureCollection.parse(await json(getPlaces(request(`/api/places?${query}`))));
    expect(body.features.map((f) => f.id).sort()).toEqual(ids);
  });

  it('answers CSV with a header row', async () => {
    const response = getPlaces(request('/api/places?format=csv&kind=city'));
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const rows = parseCsvRecords(await response.text());
    expect(rows).toHaveLength(4);
    expect(rows.find((r) => r.id === 'boston')?.name_zh).toBe('波士顿');
    expect(Number(rows.find((r) => r.id === 'boston')?.lon)).toBeCloseTo(-71.057778, 5);
  });
});

describe('GET /api/links', () => {
  const links = async (query: string) =>
    LinkFeatureCollection.parse(await json(getLinks(request(`/api/links${query}`))));

  it('draws Shanghai–Boston cooperation as an arc split at the antimeridian', async () => {
    const body = await links('');
    const boston = body.features.find((f) => f.id === 'zhangjiang-boston-enterprise-park');
    if (boston?.geometry.type !== 'MultiLineString') throw new Error('expected a MultiLineString');
    const latitudes = boston.geometry.coordinates.flat(1).map(([, lat]) => lat);
    expect(Math.max(...latitudes)).toBeGreaterThan(60);
  });

  it('leaves the arcs out with geometry=none and keeps everything else', async () => {
    const withArcs = await links('?kind=enterprise_park');
    const records = LinkRecordCollection.parse(
      await json(getLinks(request('/api/links?kind=enterprise_park&geometry=none'))),
    );
    expect(records.features.map((f) => f.geometry)).toEqual(withArcs.features.map(() => null));
    expect(records.features.map((f) => f.properties)).toEqual(withArcs.features.map((f) => f.properties));
    expect(records.features.length).toBe(1);
  });

  it('answers 400 for a geometry it does not know', async () => {
    const response = getLinks(request('/api/links?geometry=svg'));
    expect(response.status).toBe(400);
  });

  it('lists the links without their details with fields=index, the grade in place of the evidence', async () => {
    const records = LinkRecordCollection.parse(await json(getLinks(request('/api/links?geometry=none'))));
    const index = LinkIndexCollection.parse(
      await json(getLinks(request('/api/links?geometry=none&fields=index'))),
    );
    expect(index.features.map((f) => f.id)).toEqual(records.features.map((f) => f.id));
    for (const [i, { properties }] of index.features.entries()) {
      const full = records.features[i]?.properties;
      if (!full) throw new Error('the index has a link the records lack');
      const { summary_en, summary_zh, terms, events, evidence, ...listed } = full;
      expect(properties).toEqual({ ...listed, grade: evidence.grade });
    }
  });

  it.each([
    ['with arcs', '?fields=index'],
    ['as CSV', '?geometry=none&fields=index&format=csv'],
    ['of a kind it does not know', '?geometry=none&fields=some'],
  ])('answers 400 with a JSON error for fields=index %s', async (_, query) => {
    await expectError(getLinks(request(`/api/links${query}`)), 400, 'fields');
  });

  it.each([
    [
      '?from=2019&to=2021',
      [
        'east-center-southern-jiangsu-center',
        'shanghai-shaoxing-technology-transfer',
        'shanghai-suzhou-193-tasks',
      ],
    ],
    ['?from=2023', ['lingang-sci-tech-organization-cluster']],
    ['?to=2016', ['zhangjiang-boston-enterprise-park']],
    [
      '?kind=technology_transfer',
      ['east-center-southern-jiangsu-center', 'shanghai-shaoxing-technology-transfer'],
    ],
    ['?place=boston', ['zhangjiang-boston-enterprise-park']],
    ['?place=suzhou&from=2020', ['east-center-southern-jiangsu-center', 'shanghai-suzhou-193-tasks']],
    // The Boston park was set up by the Zhangjiang Hi-Tech Zone, seated in Shanghai, not by the park.
    ['?place=zhangjiang', []],
    ['?from=2024', []],
  ])('filters %s', async (query, ids) => {
    expect((await links(query)).features.map((f) => f.id).sort()).toEqual(ids);
  });

  it('includes the places inside a place: Shanghai has all five links', async () => {
    expect((await links('?place=shanghai')).features).toHaveLength(5);
  });

  it('answers CSV with terms and sources in cells', async () => {
    const rows = parseCsvRecords(await getLinks(request('/api/links?format=csv')).text());
    expect(rows.find((r) => r.id === 'shanghai-suzhou-193-tasks')?.terms).toMatch(/^193 /);
    expect(rows.every((r) => (r.sources ?? '').length > 0)).toBe(true);
  });
});

describe('GET /api/stats', () => {
  const stats = async (query: string) =>
    StatsResponse.parse(await json(getStats(request(`/api/stats?${query}`))));

  it('returns one series per place with unit, status and source on every point', async () => {
    const body = await stats('metric=gdp&places=shanghai,boston&from=2015&to=2024&currency=USD');
    expect(body.series.map((s) => s.place)).toEqual(['shanghai', 'boston']);
    expect(body.unit).toBe('USD billion');
    for (const point of body.series.flatMap((s) => s.points)) {
      expect(point.unit).toBe('USD billion');
      expect(point.source.length).toBeGreaterThan(0);
    }
  });

  it('converts yuan to dollars at the same year’s rate and reports the rate', async () => {
    const cny = await stats('metric=gdp&places=shaoxing&from=2017&to=2017&currency=CNY');
    const usd = await stats('metric=gdp&places=shaoxing&from=2017&to=2017&currency=USD');
    const yuan = cny.series[0]?.points[0];
    const dollars = usd.series[0]?.points[0];
    expect(yuan?.value).toBe(510.8);
    expect(dollars?.rate).toMatchObject({ year: 2017, cnyPerUsd: 6.7569, series: 'fed_g5a' });
    expect(dollars?.value).toBeCloseTo(510.8 / 6.7569, 9);
    expect(usd.rates).toEqual([dollars?.rate]);
  });

  it('converts Boston’s dollars to yuan, from millions to billions', async () => {
    const body = await stats('metric=gdp&places=boston&from=2017&to=2017');
    const point = body.series[0]?.points[0];
    expect(point?.original).toEqual({ value: 439144, unit: 'USD million' });
    expect(point?.value).toBeCloseTo(439.144 * 6.7569, 6);
    expect(body.series[0]?.geography).toMatch(/Metropolitan Statistical Area/);
  });

  it('keeps a gap a gap: not_found years have no value', async () => {
    const body = await stats('metric=gdp&places=boston&from=2019&to=2020&currency=USD');
    expect(body.series[0]?.points.map((p) => [p.year, p.value, p.status])).toEqual([
      [2019, null, 'not_found'],
      [2020, null, 'not_found'],
    ]);
  });

  it('keeps one vintage per year: the revised Shanghai 2017 figure, not the first published one', async () => {
    const body = await stats('metric=gdp&places=shanghai&from=2017&to=2017');
    expect(body.series[0]?.points).toHaveLength(1);
    expect(body.series[0]?.points[0]).toMatchObject({ value: 3292.5, vintage: 'revised' });
  });

  it('answers CSV with source and status columns', async () => {
    const response = getStats(request('/api/stats?metric=gdp&places=shaoxing&format=csv'));
    expect(response.headers.get('content-disposition')).toMatch(/stats-gdp\.csv/);
    const rows = parseCsvRecords(await response.text());
    expect(rows.find((r) => r.year === '2017')).toMatchObject({ value: '510.8', status: 'seed' });
    expect(rows.every((r) => r.source !== '')).toBe(true);
  });
});

describe('GET /api/organizations', () => {
  const organization = (id: string, query = '') =>
    getOrganization(request(`/api/organizations/${id}${query}`), { params: Promise.resolve({ id }) });

  it('lists the organizations, those without a seat included', async () => {
    const body = OrganizationsResponse.parse(await json(getOrganizations(request('/api/organizations'))));
    expect(body.map((o) => o.id)).toContain('zhangjiang-hi-tech-zone');
    expect(body.find((o) => o.id === 'g60-sci-tech-corridor')?.seatPoint).toBeNull();
  });

  it('filters by kind', async () => {
    const body = OrganizationsResponse.parse(
      await json(getOrganizations(request('/api/organizations?kind=association'))),
    );
    expect(body.map((o) => o.id).sort()).toEqual(['cast', 'sast']);
  });

  it('answers one organization with its seat point and roles', async () => {
    const body = OrganizationOutput.parse(await json(await organization('zhangjiang-hi-tech-zone')));
    expect(body.seatPoint).toMatchObject({ lon: 121.471, lat: 31.234361 });
    expect(body.roles).toEqual([{ link: 'zhangjiang-boston-enterprise-park', role: 'set_up' }]);
  });

  it.each([
    ['an unknown kind', () => getOrganizations(request('/api/organizations?kind=guild')), 400],
    ['an unknown parameter', () => getOrganizations(request('/api/organizations?x=1')), 400],
    ['an unknown id', () => organization('nobody'), 404],
    ['a parameter on one organization', () => organization('cast', '?kind=association'), 400],
  ] as const)('refuses %s with a JSON error', async (_name, call, status) => {
    await expectError(await call(), status);
  });
});

describe('GET /api/links/{id}', () => {
  const linkById = (id: string, query = '') =>
    getLink(request(`/api/links/${id}${query}`), { params: Promise.resolve({ id }) });

  it('answers one link in full, with its arc, as /api/links has it', async () => {
    const all = LinkFeatureCollection.parse(await json(getLinks(request('/api/links'))));
    const id = 'zhangjiang-boston-enterprise-park';
    const one = LinkFeature.parse(await json(await linkById(id)));
    expect(one).toEqual(all.features.find((f) => f.id === id));
  });

  it('answers 404 with a JSON error for an unknown id, 400 for a query it does not take', async () => {
    await expectError(await linkById('no-such-link'), 404);
    await expectError(await linkById('zhangjiang-boston-enterprise-park', '?format=csv'), 400);
  });
});

describe('GET /api/links: actors, status, events, evidence', () => {
  it('carries them on every link, with an evidence grade', async () => {
    const body = LinkRecordCollection.parse(await json(getLinks(request('/api/links?geometry=none'))));
    const park = body.features.find((f) => f.id === 'zhangjiang-boston-enterprise-park')?.properties;
    expect(park?.actors.map((a) => a.role)).toEqual(['set_up', 'operates']);
    expect(park?.status).toMatchObject({ value: 'opened', date: '2016-02-26' });
    expect(park?.evidence.grade).toBe('strong');
    const shaoxing = body.features.find((f) => f.id === 'shanghai-shaoxing-technology-transfer')?.properties;
    expect(shaoxing?.evidence.inferred).toContain('date');
    expect(shaoxing?.evidence.grade).toBe('moderate');
  });

  it('writes them into the CSV', async () => {
    const rows = parseCsvRecords(await getLinks(request('/api/links?format=csv')).text());
    const park = rows.find((r) => r.id === 'zhangjiang-boston-enterprise-park');
    expect(park?.actors).toBe(
      'zhangjiang-hi-tech-zone (set_up); yangpu-sci-tech-innovation-center (operates)',
    );
    expect(park?.evidence).toMatch(/^strong: /);
  });
});

describe('GET /api/stats: breaks and gaps', () => {
  it('flags the census break in the CSV', async () => {
    const rows = parseCsvRecords(
      await getStats(request('/api/stats?metric=gdp_per_capita&places=suzhou&format=csv')).text(),
    );
    expect(rows.find((r) => r.year === '2020')).toMatchObject({
      basis: 'resident_census',
      basis_break: 'true',
    });
  });

  it('answers Boston’s per capita as a gap with why', async () => {
    const body = StatsResponse.parse(
      await json(getStats(request('/api/stats?metric=gdp_per_capita&places=boston'))),
    );
    expect(body.series).toHaveLength(1);
    expect(body.series[0]?.points[0]).toMatchObject({ value: null, status: 'not_found' });
    expect(body.series[0]?.points[0]?.note).toMatch(/none can be derived/);
  });
});

describe('GET /api/sources', () => {
  it('lists every source', async () => {
    const body = Sources.parse(await json(getSources(request('/api/sources'))));
    const seeds = body.filter((s) => s.kind === 'seed_document');
    // Several sources quote each of the five documents, one passage each.
    expect(new Set(seeds.map((s) => s.document))).toEqual(
      new Set([
        'zhangjiang-boston-park-2016',
        'zhangjiang-hi-tech-park-2017',
        'shaoxing-sub-center-2019',
        'lingang-cluster-2023',
        'shanghai-suzhou-tasks-2021',
      ]),
    );
  });

  it('answers one source by id', async () => {
    const list = Sources.parse(await json(getSources(request('/api/sources'))));
    const first = list[0];
    if (!first) throw new Error('no sources');
    expect(Source.parse(await json(await sourceById(first.id)))).toEqual(first);
  });

  it('answers 404 with a JSON error for an unknown id', async () => {
    await expectError(await sourceById('no-such-source'), 404);
  });
});

describe('bad input answers 400 with a JSON error, never 500', () => {
  it.each([
    ['unknown metric', getStats, '/api/stats?metric=happiness', 'metric'],
    ['missing metric', getStats, '/api/stats', 'metric'],
    ['unknown place', getStats, '/api/stats?metric=gdp&places=shanghai,atlantis', 'places'],
    ['from after to', getStats, '/api/stats?metric=gdp&from=2020&to=2015', 'from'],
    ['a year that is no number', getLinks, '/api/links?from=twenty', 'from'],
    ['a year out of range', getLinks, '/api/links?to=3000', 'to'],
    ['unknown link kind', getLinks, '/api/links?kind=friendship', 'kind'],
    ['unknown place filter', getLinks, '/api/links?place=atlantis', 'place'],
    ['unknown currency', getStats, '/api/stats?metric=gdp&currency=EUR', 'currency'],
    ['unknown format', getPlaces, '/api/places?format=xml', 'format'],
    ['unknown place kind', getPlaces, '/api/places?kind=planet', 'kind'],
    ['repeated parameter', getPlaces, '/api/places?kind=city&kind=park', 'kind'],
    ['empty list item', getPlaces, '/api/places?kind=city,', 'kind'],
    ['over-long value', getLinks, `/api/links?place=${'a'.repeat(201)}`, 'place'],
    ['unknown parameter', getPlaces, '/api/places?colour=red', ''],
    ['parameter on sources', getSources, '/api/sources?x=1', ''],
    ['parameter on the OpenAPI document', getOpenApi, '/api/openapi.json?x=1', ''],
  ])('%s', async (_name, handler, path, issuePath) => {
    await expectError(await (handler as (r: Request) => Response)(request(path)), 400, issuePath);
  });

  it('never echoes what was sent', async () => {
    const payload = '<script>alert(1)</script>';
    const responses = [
      getStats(request(`/api/stats?metric=${encodeURIComponent(payload)}`)),
      getLinks(request(`/api/links?place=${encodeURIComponent(payload)}`)),
      getPlaces(request(`/api/places?${encodeURIComponent(payload)}=1`)),
      getStats(request(`/api/stats?metric=gdp&places=${encodeURIComponent(payload)}`)),
    ];
    for (const response of responses) {
      expect(response.status).toBe(400);
      const text = await response.text();
      expect(text).not.toContain('script');
      expect(text).not.toContain('alert');
    }
  });
});

describe('caching', () => {
  it('sends an ETag and Cache-Control, and answers 304 to If-None-Match', async () => {
    const first = getLinks(request('/api/links?kind=enterprise_park'));
    const tag = first.headers.get('etag');
    expect(tag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toMatch(/max-age=\d+/);
    const again = getLinks(request('/api/links?kind=enterprise_park', { 'If-None-Match': tag ?? '' }));
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const other = getLinks(request('/api/links?kind=technology_transfer', { 'If-None-Match': tag ?? '' }));
    expect(other.status).toBe(200);
  });

  it('does not cache errors', async () => {
    expect(getStats(request('/api/stats')).headers.get('cache-control')).toBe('no-store');
  });
});

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document built from the route schemas, describing itself too', async () => {
    const doc = OpenApiDocument.parse(await json(getOpenApi(request('/api/openapi.json'))));
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/health',
      '/api/links',
      '/api/links/{id}',
      '/api/openapi.json',
      '/api/organizations',
      '/api/organizations/{id}',
      '/api/places',
      '/api/places/{id}',
      '/api/sources',
      '/api/sources/{id}',
      '/api/stats',
    ]);
    const stats = doc.paths['/api/stats']?.get.parameters ?? [];
    expect(stats.find((p) => p.name === 'metric')).toMatchObject({ required: true });
    expect(stats.map((p) => p.name).sort()).toEqual([
      'currency',
      'format',
      'from',
      'metric',
      'places',
      'rates',
      'to',
    ]);
    expect(JSON.stringify(doc.components.schemas.stats)).toContain('gdp_per_capita');
  });
});

describe('undated figures', () => {
  it('come with no year range and stay out of a year range', async () => {
    const all = StatsResponse.parse(await json(getStats(request('/api/stats?metric=gdp&places=boston'))));
    const ranged = StatsResponse.parse(
      await json(getStats(request('/api/stats?metric=gdp&places=boston&from=2015&to=2024'))),
    );
    const undated = (body: typeof all) => body.series.flatMap((s) => s.points).filter((p) => p.year === null);
    expect(undated(all).length).toBeGreaterThan(0);
    expect(undated(ranged)).toEqual([]);
  });
});

describe('GET /api/places/{id}', () => {
  const place = (id: string, query = '') =>
    getPlace(request(`/api/places/${id}${query}`), { params: Promise.resolve({ id }) });

  it('answers a place with its latest figures and its source document’s figures', async () => {
    const body = PlaceProfileResponse.parse(await json(await place('shaoxing')));
    expect(body.place.name_zh).toBe('绍兴');
    expect(body.fromSourceDocument.find((f) => f.metric === 'gdp')).toMatchObject({
      year: 2017,
      value: 510.8,
    });
  });

  it('converts money figures to the asked currency', async () => {
    const body = PlaceProfileResponse.parse(await json(await place('shaoxing', '?currency=USD')));
    const gdp = body.fromSourceDocument.find((f) => f.metric === 'gdp');
    expect(gdp?.unit).toBe('USD billion');
    expect(gdp?.value).toBeCloseTo(510.8 / 6.7569, 9);
  });

  it('answers CSV with a section column', async () => {
    const rows = parseCsvRecords(await (await place('shaoxing', '?format=csv')).text());
    expect(new Set(rows.map((r) => r.section))).toEqual(new Set(['latest', 'source_document']));
  });

  it('answers 404 for an unknown place and 400 for a bad currency', async () => {
    await expectError(await place('atlantis'), 404);
    await expectError(await place('shaoxing', '?currency=EUR'), 400, 'currency');
  });
});
