import { describe, expect, it } from 'vitest';
import { entityMetadata } from './metadata';

describe('entityMetadata', () => {
  it.each([
    [
      'a place in Chinese',
      { kind: 'place', id: 'boston', locale: 'zh', selection: { type: 'place', id: 'boston' } },
      '/places/boston?lang=zh',
      '/og?v=1&sel=place:boston&lang=zh',
    ],
    [
      'a link in English',
      { kind: 'link', id: 'park-link', locale: 'en', selection: { type: 'link', id: 'park-link' } },
      '/links/park-link?lang=en',
      '/og?v=1&sel=link:park-link&lang=en',
    ],
    [
      'an organization gets a preview of its own',
      { kind: 'organization', id: 'cast', locale: 'en', selection: { type: 'place', id: 'beijing' } },
      '/organizations/cast?lang=en',
      '/og/organizations/cast?lang=en',
    ],
  ] as const)('%s', (_, page, canonical, image) => {
    const metadata = entityMetadata({
      ...page,
      origin: 'https://atlas.example',
      title: 'T',
      description: 'D',
    });
    expect(String(metadata.metadataBase)).toBe('https://atlas.example/');
    expect(metadata.alternates?.canonical).toBe(canonical);
    expect(metadata.alternates?.languages).toEqual({
      en: canonical.replace(/lang=\w+/, 'lang=en'),
      'zh-CN': canonical.replace(/lang=\w+/, 'lang=zh'),
    });
    expect(metadata.openGraph?.images).toEqual([{ url: image, width: 1200, height: 630 }]);
  });
});
