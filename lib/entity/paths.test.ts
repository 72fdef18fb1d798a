import { describe, expect, it } from 'vitest';
import type { Selection } from '@/lib/domain';
import { atlasHref, type EntityKind, entityPath, organizationSelection } from './paths';

describe('entityPath', () => {
  it.each<[EntityKind, string, 'en' | 'zh' | undefined, string]>([
    ['place', 'boston', undefined, '/places/boston'],
    ['organization', 'cast', 'zh', '/organizations/cast?lang=zh'],
    ['link', 'shanghai-suzhou-193-tasks', 'en', '/links/shanghai-suzhou-193-tasks?lang=en'],
  ])('%s %s', (kind, id, locale, expected) => {
    expect(entityPath(kind, id, locale)).toBe(expected);
  });
});

describe('organizationSelection', () => {
  it.each<[string, Parameters<typeof organizationSelection>[0], string[], Selection | null]>([
    [
      'seated at a place: that place',
      { seat: { place: 'suzhou' } },
      ['a-link'],
      { type: 'place', id: 'suzhou' },
    ],
    [
      'its own point: its first link',
      { seat: { lon: 1, lat: 2 } },
      ['a-link', 'b-link'],
      { type: 'link', id: 'a-link' },
    ],
    ['no seat: its first link', { seat: null }, ['b-link'], { type: 'link', id: 'b-link' }],
    ['no seat, no link: nothing', { seat: null }, [], null],
  ])('%s', (_, organization, links, expected) => {
    expect(organizationSelection(organization, links)).toEqual(expected);
  });
});

describe('atlasHref', () => {
  it.each<[Selection | null, 'en' | 'zh', string]>([
    [{ type: 'place', id: 'boston' }, 'en', '/?v=1&sel=place:boston&lang=en'],
    [{ type: 'link', id: 'park-link' }, 'zh', '/?v=1&sel=link:park-link&lang=zh'],
    [null, 'zh', '/?v=1&lang=zh'],
  ])('%j in %s', (selection, locale, expected) => {
    expect(atlasHref(selection, locale)).toBe(expected);
  });
});
