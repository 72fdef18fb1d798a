import { describe, expect, it } from 'vitest';
import { FIXTURE_DATASET as dataset } from '@/lib/test-fixtures/dataset';
import { findLinks, type LinkFilter } from './links';

describe('findLinks', () => {
  it.each<[string, LinkFilter, string[]]>([
    ['no filter keeps every link', {}, ['park-link', 'lab-link', 'agreement-link', 'cluster-link']],
    ['from keeps its own year', { from: 2021 }, ['agreement-link', 'cluster-link']],
    ['to keeps its own year', { to: 2019 }, ['park-link', 'lab-link']],
    ['from and to', { from: 2017, to: 2022 }, ['lab-link', 'agreement-link']],
    ['kinds', { kind: ['enterprise_park', 'organization_cluster'] }, ['park-link', 'cluster-link']],
    [
      'a city: links touching it or any place inside it',
      { place: 'shanghai' },
      ['park-link', 'lab-link', 'agreement-link', 'cluster-link'],
    ],
    ['a place by its venue', { place: 'massachusetts-state-house' }, ['park-link']],
    ['a site two levels down', { place: 'zhangjiang-lab' }, ['lab-link']],
    ['a place and a year together', { place: 'shanghai', from: 2020, to: 2021 }, ['agreement-link']],
  ])('%s', (_name, filter, expected) => {
    expect(findLinks(dataset, filter).map((l) => l.id)).toEqual(expected);
  });
});
