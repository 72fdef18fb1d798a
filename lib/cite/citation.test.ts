import { describe, expect, it } from 'vitest';
import { type CitedWork, formatApa, formatCitation, formatGbt } from './citation';
import { atlasPageWork, citedWorks, sourceWork } from './works';

const ACCESSED = '2026-12-02';

const ATLAS_PAGE = atlasPageWork({
  title: 'Shanghai',
  site: 'Innovation Atlas',
  url: 'https://atlas.example/places/shanghai',
  accessed: ACCESSED,
});

const NEWS = sourceWork(
  {
    kind: 'news',
    title: 'City GDP grows',
    publisher: 'Daily Paper',
    date: '2021-10-27',
    url: 'https://paper.example/gdp',
  },
  ACCESSED,
);

const SEED = sourceWork(
  { kind: 'seed_document', title: 'Parks open', publisher: 'Wire Agency', date: '2016-02', url: null },
  ACCESSED,
);

const OFFICIAL = sourceWork(
  {
    kind: 'official',
    title: 'Statistical communiqué',
    publisher: 'Statistics Bureau',
    date: null,
    url: 'https://stats.example/2017',
  },
  ACCESSED,
);

const YEAR_ONLY: CitedWork = { ...OFFICIAL, date: '2016', url: null, type: 'Z', accessed: null };

describe('formatApa', () => {
  it.each<[string, CitedWork, string]>([
    [
      'an atlas page: the atlas as author and site once, undated, retrieved on the access day',
      ATLAS_PAGE,
      'Innovation Atlas. (n.d.). Shanghai. Retrieved December 2, 2026, from https://atlas.example/places/shanghai',
    ],
    [
      'a news report without an author starts with its title and names its paper',
      NEWS,
      'City GDP grows. (2021, October 27). Daily Paper. https://paper.example/gdp',
    ],
    [
      'a month-dated report without a URL ends with its paper',
      SEED,
      'Parks open. (2016, February). Wire Agency.',
    ],
    [
      'an undated official page: the publisher as author, retrieved on the access day',
      OFFICIAL,
      'Statistics Bureau. (n.d.). Statistical communiqué. Retrieved December 2, 2026, from https://stats.example/2017',
    ],
    ['a year alone', YEAR_ONLY, 'Statistics Bureau. (2016). Statistical communiqué.'],
    [
      'a name that ends with a full stop gets no second one',
      { ...YEAR_ONLY, author: 'Acme Inc.' },
      'Acme Inc. (2016). Statistical communiqué. Statistics Bureau.',
    ],
  ])('%s', (_, work, expected) => {
    expect(formatApa(work)).toBe(expected);
    expect(formatCitation(work, 'apa')).toBe(expected);
  });
});

describe('formatGbt', () => {
  it.each<[string, CitedWork, string]>([
    [
      'an atlas page: [EB/OL], no publication date, the access date in brackets',
      ATLAS_PAGE,
      'Innovation Atlas. Shanghai[EB/OL]. [2026-12-02]. https://atlas.example/places/shanghai.',
    ],
    [
      'an online newspaper names the paper and date before the access date',
      NEWS,
      'City GDP grows[N/OL]. Daily Paper, 2021-10-27[2026-12-02]. https://paper.example/gdp.',
    ],
    ['a newspaper not online has no /OL and no access date', SEED, 'Parks open[N]. Wire Agency, 2016-02.'],
    [
      'an undated official page has only its access date',
      OFFICIAL,
      'Statistics Bureau. Statistical communiqué[EB/OL]. [2026-12-02]. https://stats.example/2017.',
    ],
    [
      'an offline work of its publisher gives the year',
      YEAR_ONLY,
      'Statistics Bureau. Statistical communiqué[Z]. 2016.',
    ],
    [
      'a Chinese title keeps its own punctuation',
      { ...ATLAS_PAGE, author: '创新地图', title: '上海' },
      '创新地图. 上海[EB/OL]. [2026-12-02]. https://atlas.example/places/shanghai.',
    ],
  ])('%s', (_, work, expected) => {
    expect(formatGbt(work)).toBe(expected);
    expect(formatCitation(work, 'gbt7714')).toBe(expected);
  });

  it('refuses a date that is not one', () => {
    expect(() => formatApa({ ...NEWS, date: 'last week' })).toThrow(/not a citation date/);
  });
});

describe('citedWorks', () => {
  const report = {
    kind: 'seed_document',
    title: 'Parks open',
    publisher: 'Wire Agency',
    date: '2016-02',
    url: null,
  } as const;
  const official = {
    kind: 'official',
    title: 'Communiqué',
    publisher: 'Bureau',
    date: '2017',
    url: null,
  } as const;

  it.each<[string, (typeof report | typeof official)[], string[]]>([
    [
      'two quotes of one report cite it once',
      [report, { ...report }],
      ['Parks open. (2016, February). Wire Agency.'],
    ],
    [
      'different works each once, in the order cited',
      [official, report, official],
      ['Bureau. (2017). Communiqué.', 'Parks open. (2016, February). Wire Agency.'],
    ],
    ['no sources, no citations', [], []],
  ])('%s', (_, sources, expected) => {
    expect(citedWorks(sources, 'apa', ACCESSED).map((c) => c.citation)).toEqual(expected);
  });
});
