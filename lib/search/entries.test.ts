import { describe, expect, it } from 'vitest';
import { FIXTURE_LINK_INDEX, FIXTURE_PLACES } from '@/lib/test-fixtures/features';
import { atlasSearchEntries } from './entries';
import { searchEntities } from './match';

const ORGANIZATIONS = [
  { id: 'city-hall', name: { en: 'City Hall', zh: '市政府' }, seat: { place: 'suzhou' }, roles: [] },
  {
    id: 'roving-office',
    name: { en: 'Roving Office', zh: '流动办公室' },
    seat: null,
    roles: [{ link: 'park-link' }],
  },
  { id: 'nowhere', name: { en: 'Nowhere Club', zh: '无处俱乐部' }, seat: null, roles: [] },
];

const entries = atlasSearchEntries(
  FIXTURE_PLACES.features.map((f) => f.properties),
  FIXTURE_LINK_INDEX.features.map((f) => f.properties),
  ORGANIZATIONS,
);

describe('atlasSearchEntries', () => {
  it('holds every place, organization and link once', () => {
    expect(entries).toHaveLength(
      FIXTURE_PLACES.features.length + ORGANIZATIONS.length + FIXTURE_LINK_INDEX.features.length,
    );
    expect(new Set(entries.map((e) => `${e.kind}:${e.id}`)).size).toBe(entries.length);
  });

  it.each([
    ['a place selects itself', 'shanghai', { type: 'place', id: 'shanghai' }],
    ['a link selects itself', 'park-link', { type: 'link', id: 'park-link' }],
    ['a seated organization selects its seat', 'city-hall', { type: 'place', id: 'suzhou' }],
    ['an organization without a seat selects its link', 'roving-office', { type: 'link', id: 'park-link' }],
    ['an organization with neither selects nothing', 'nowhere', null],
  ])('%s', (_, id, selection) => {
    expect(entries.find((e) => e.id === id)?.selection).toEqual(selection);
  });

  it('is found by its Chinese name on the English page', () => {
    const [hit] = searchEntities(entries, '流动', 'en');
    expect(hit?.entry.id).toBe('roving-office');
    expect(hit?.matched).toBe('zh');
  });
});
