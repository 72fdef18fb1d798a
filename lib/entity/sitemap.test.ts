import { describe, expect, it } from 'vitest';
import { FIXTURE_DATASET } from '@/lib/test-fixtures/dataset';
import { atlasSitemap } from './sitemap';

describe('atlasSitemap', () => {
  const sitemap = atlasSitemap(FIXTURE_DATASET, 'https://atlas.example');
  const urls = sitemap.map((e) => e.url);

  it('lists the atlas and every place and link page once per language', () => {
    const entities = FIXTURE_DATASET.places.length + FIXTURE_DATASET.links.length;
    expect(urls).toHaveLength(2 * (1 + entities));
    expect(new Set(urls).size).toBe(urls.length);
  });

  it.each([
    'https://atlas.example/?lang=en',
    'https://atlas.example/?lang=zh',
    'https://atlas.example/places/zhangjiang-lab?lang=zh',
    'https://atlas.example/links/park-link?lang=en',
  ])('holds %s', (url) => {
    expect(urls).toContain(url);
  });

  it('gives each page its other language as an alternate', () => {
    const entry = sitemap.find((e) => e.url === 'https://atlas.example/places/boston?lang=en');
    expect(entry?.alternates?.languages).toEqual({
      en: 'https://atlas.example/places/boston?lang=en',
      'zh-CN': 'https://atlas.example/places/boston?lang=zh',
    });
  });
});
