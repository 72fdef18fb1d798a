import { describe, expect, it } from 'vitest';
import { linkOfBar, linksInYear } from './bar-link';

const link = (id: string, year: number, kind: string) => ({ id, properties: { year, kind } });
const LINKS = [
  link('park-2016', 2016, 'enterprise_park'),
  link('transfer-2019', 2019, 'technology_transfer'),
  link('agreement-2021', 2021, 'cooperation_agreement'),
  link('cluster-2021', 2021, 'organization_cluster'),
  link('cluster-2021-b', 2021, 'organization_cluster'),
];

describe('linksInYear', () => {
  const cases: [number, string[]][] = [
    [2016, ['park-2016']],
    [2021, ['agreement-2021', 'cluster-2021', 'cluster-2021-b']],
    [2020, []],
  ];
  it.each(cases)('lists the links of %i', (year, ids) => {
    expect(linksInYear(LINKS, year).map((l) => l.id)).toEqual(ids);
  });
});

describe('linkOfBar', () => {
  const cases: [string, number, string, string | null][] = [
    ['a bar of one link stands for it', 2016, 'enterprise_park', 'park-2016'],
    ['the year decides as well as the kind', 2019, 'technology_transfer', 'transfer-2019'],
    [
      'a bar beside a taller one still stands for its own link',
      2021,
      'cooperation_agreement',
      'agreement-2021',
    ],
    ['a bar of two links stands for neither', 2021, 'organization_cluster', null],
    ['an empty bar stands for nothing', 2016, 'technology_transfer', null],
    ['a year without links stands for nothing', 2020, 'enterprise_park', null],
  ];
  it.each(cases)('%s', (_, year, kind, id) => {
    expect(linkOfBar(LINKS, year, kind)?.id ?? null).toBe(id);
  });
});
