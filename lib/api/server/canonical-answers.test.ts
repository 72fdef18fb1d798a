import { describe, expect, it } from 'vitest';
import { Metric } from '@/lib/data/schema';
import { canonicalAnswer } from './canonical-answers';
import { answerLinks as getLinks } from './handlers/links';
import { answerOpenApi as getOpenApi } from './handlers/openapi';
import { answerPlaces as getPlaces } from './handlers/places';
import { answerSources as getSources } from './handlers/sources';
import { answerStats as getStats } from './handlers/stats';

const request = (path: string, init: RequestInit = {}) => new Request(`http://atlas.test${path}`, init);

/** Each route's GET is its handler (the route files only re-export them), so these are the routes' own answers. */
describe('canonicalAnswer', () => {
  const cases: [string, (request: Request) => Response][] = [
    ['/api/places', getPlaces],
    ['/api/links', getLinks],
    ['/api/sources', getSources],
    ['/api/openapi.json', getOpenApi],
    ...Metric.options.map((metric): [string, typeof getStats] => [`/api/stats?metric=${metric}`, getStats]),
  ];

  it.each(cases)('answers %s exactly as its route does', async (path, route) => {
    const fromRoute = route(request(path));
    const answer = await canonicalAnswer(request(path));
    expect(answer?.status).toBe(200);
    expect([...(answer?.headers ?? [])]).toEqual([...fromRoute.headers]);
    expect(await answer?.text()).toBe(await fromRoute.text());
  });

  it('answers 304 when the tag still matches', async () => {
    const tag = getLinks(request('/api/links')).headers.get('etag') ?? '';
    const answer = await canonicalAnswer(request('/api/links', { headers: { 'If-None-Match': tag } }));
    expect(answer?.status).toBe(304);
  });

  it.each([
    ['a filtered query', request('/api/links?kind=enterprise_park')],
    ['a bad query', request('/api/stats?metric=happiness')],
    ['an extra parameter', request('/api/stats?metric=gdp&x=1')],
    ['a page', request('/')],
    ['a POST', request('/api/links', { method: 'POST' })],
  ])('leaves %s to the route', (_name, req) => {
    expect(canonicalAnswer(req)).toBeNull();
  });
});
