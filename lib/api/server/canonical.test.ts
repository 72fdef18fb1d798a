import { describe, expect, it } from 'vitest';
import { Metric } from '@/lib/data/schema';
import { canonicalPath } from './canonical';

/** As the proxy sees it: URL.search is empty for both "no query" and a bare "?". */
const split = (path: string) => {
  const url = new URL(path, 'http://atlas.test');
  return [url.pathname, url.search] as const;
};

describe('canonicalPath', () => {
  it.each([
    ['/api/places', '/api/places'],
    ['/api/links', '/api/links'],
    ['/api/links?', '/api/links'],
    ['/api/sources', '/api/sources'],
    ['/api/openapi.json', '/api/openapi.json'],
    ...Metric.options.map((metric) => [`/api/stats?metric=${metric}`, '/api/stats']),
  ])('%s is canonical', (path, expected) => {
    expect(canonicalPath(...split(path))).toBe(expected);
  });

  it.each([
    ['a filter', '/api/links?kind=enterprise_park'],
    ['a format', '/api/places?format=csv'],
    ['an explicit default format', '/api/links?format=json'],
    ['an unknown parameter', '/api/sources?x=1'],
    ['an empty parameter', '/api/links?x'],
    ['a trailing separator', '/api/stats?metric=gdp&'],
    ['a second parameter', '/api/stats?metric=gdp&currency=USD'],
    ['a repeated parameter', '/api/stats?metric=gdp&metric=gdp'],
    ['an unknown metric', '/api/stats?metric=happiness'],
    ['an escaped metric', '/api/stats?metric=%67dp'],
    ['an upper-case metric', '/api/stats?metric=GDP'],
    ['no metric', '/api/stats'],
    ['a fragment-like parameter name', '/api/stats?metric'],
    ['a place', '/api/places/shanghai'],
    ['a source', '/api/sources/some-id'],
    ['the health check', '/api/health'],
    ['a trailing slash', '/api/links/'],
    ['a page', '/'],
    ['an inherited property name', '/constructor'],
    ['the prototype', '/__proto__'],
  ])('%s is not canonical (%s)', (_name, path) => {
    expect(canonicalPath(...split(path))).toBeNull();
  });
});
