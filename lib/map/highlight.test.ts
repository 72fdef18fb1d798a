import { describe, expect, it } from 'vitest';
import { linksToGeoJson } from '@/lib/api/links-output';
import { placesToGeoJson } from '@/lib/api/places-output';
import { DATA_DIRECTORY, parseDataset, readDataFiles } from '@/lib/data/load';
import { placesInFocus, relatedTo } from './highlight';

const dataset = parseDataset(readDataFiles(DATA_DIRECTORY));
const places = placesToGeoJson(dataset.places);
const links = linksToGeoJson(dataset, dataset.links);
const sorted = (set: Set<string>) => [...set].sort();

describe('relatedTo', () => {
  it.each([
    [
      'a link keeps its places and venue',
      { type: 'link', id: 'zhangjiang-boston-enterprise-park' },
      ['boston', 'massachusetts-state-house', 'zhangjiang'],
      ['zhangjiang-boston-enterprise-park'],
    ],
    [
      'Boston keeps the State House, the park link and Zhangjiang',
      { type: 'place', id: 'boston' },
      ['boston', 'massachusetts-state-house', 'zhangjiang'],
      ['zhangjiang-boston-enterprise-park'],
    ],
    [
      'Suzhou keeps its park and the Shanghai agreement',
      { type: 'place', id: 'suzhou' },
      ['shanghai', 'suzhou', 'suzhou-industrial-park'],
      ['east-center-southern-jiangsu-center', 'shanghai-suzhou-193-tasks'],
    ],
    ['an unknown link keeps nothing', { type: 'link', id: 'nope' }, [], []],
  ] as const)('%s', (_name, focus, placeIds, linkIds) => {
    const related = relatedTo(focus, places, links);
    expect(sorted(related.places)).toEqual(placeIds);
    expect(sorted(related.links)).toEqual(linkIds);
  });
});

describe('placesInFocus', () => {
  it.each([
    ['nothing', null, []],
    ['a featured place', { type: 'place', id: 'boston' }, ['boston']],
    ['a site, with the place above it', { type: 'place', id: 'zhangjiang' }, ['shanghai', 'zhangjiang']],
    [
      'a link, with both ends and what is above them',
      { type: 'link', id: 'zhangjiang-boston-enterprise-park' },
      ['boston', 'shanghai', 'zhangjiang'],
    ],
  ] as const)('%s', (_name, focus, expected) => {
    expect(sorted(placesInFocus(focus, places, links))).toEqual(expected);
  });
});
