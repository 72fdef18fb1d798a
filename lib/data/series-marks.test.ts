import { describe, expect, it } from 'vitest';
import { DATA_DIRECTORY, parseDataset, readDataFiles } from './load';
import type { PopulationBasis, Stat, Vintage } from './schema';
import { findMarkedStats, perCapitaGapReason, seriesBreaks } from './series-marks';

type Row = [number | null, Vintage, PopulationBasis | null, string | null];
const points = (rows: Row[]) =>
  rows.map(([value, vintage, basis, release]) => ({ value, vintage, basis, release }));

describe('seriesBreaks', () => {
  it.each<[string, Row[], [boolean, boolean][]]>([
    [
      'one basis and vintage throughout',
      [
        [1, 'revised', 'resident_estimate', null],
        [2, 'revised', 'resident_estimate', null],
      ],
      [
        [false, false],
        [false, false],
      ],
    ],
    [
      'a switch from estimates to the census',
      [
        [1, 'first_published', 'resident_estimate', null],
        [2, 'first_published', 'resident_census', null],
      ],
      [
        [false, false],
        [true, false],
      ],
    ],
    [
      'revised figures followed by first-published ones',
      [
        [1, 'revised', null, null],
        [2, 'first_published', null, null],
      ],
      [
        [false, false],
        [false, true],
      ],
    ],
    [
      'two releases of one vintage',
      [
        [1, 'first_published', null, 'BEA 2019'],
        [2, 'first_published', null, 'BEA 2023'],
      ],
      [
        [false, false],
        [false, true],
      ],
    ],
    [
      'a gap between two figures that differ',
      [
        [1, 'first_published', 'registered', null],
        [null, 'first_published', null, null],
        [3, 'first_published', 'resident_estimate', null],
      ],
      [
        [false, false],
        [false, false],
        [true, false],
      ],
    ],
    [
      'an unknown basis next to a known one',
      [
        [1, 'first_published', null, null],
        [2, 'first_published', 'resident_census', 'R'],
      ],
      [
        [false, false],
        [false, false],
      ],
    ],
  ])('marks %s', (_name, rows, expected) => {
    expect(seriesBreaks(points(rows)).map((m) => [m.basisBreak, m.vintageBreak])).toEqual(expected);
  });
});

describe('perCapitaGapReason', () => {
  const stat = (metric: Stat['metric'], year: number, value: number | null, geography = 'Metro'): Stat =>
    ({
      place: 'x',
      metric,
      year,
      yearStatus: null,
      value,
      qualifier: 'exact',
      unit: metric === 'population' ? 'persons' : 'USD million',
      geography,
      vintage: 'first_published',
      basis: null,
      release: null,
      status: value === null ? 'not_found' : 'found',
      source: 's',
      note: '',
    }) as Stat;

  it.each<[string, Stat[], RegExp | null]>([
    [
      'GDP and population in different years',
      [stat('gdp', 2018, 1), stat('gdp', 2021, 1), stat('population', 2024, 1)],
      /no year has both.*Metro: GDP 2018, 2021; population 2024/,
    ],
    ['GDP searched for and never found', [stat('gdp', 2019, null)], /no GDP figure exists/],
    ['no GDP row at all', [stat('population', 2024, 1)], null],
    ['a per-capita figure of its own', [stat('gdp', 2018, 1), stat('gdp_per_capita', 2018, 1)], null],
  ])('explains %s', (_name, stats, expected) => {
    const reason = perCapitaGapReason(stats, 'x');
    if (expected === null) expect(reason).toBeNull();
    else expect(reason?.note).toMatch(expected);
  });
});

describe('findMarkedStats on the shipped data', () => {
  const dataset = parseDataset(readDataFiles(DATA_DIRECTORY));
  const series = (metric: Stat['metric'], place: string) =>
    findMarkedStats(dataset, { metric, places: [place], currency: 'CNY' }).series;

  it('breaks Suzhou’s derived GDP per capita where the population switches to the 2020 census', () => {
    const points = series('gdp_per_capita', 'suzhou')[0]?.points ?? [];
    const at = (year: number) => points.find((p) => p.year === year);
    expect(at(2019)?.basis).toBe('resident_estimate');
    expect(at(2020)?.basisBreak).toBe(true);
  });

  it('breaks Shaoxing’s GDP per capita where the registered basis gives way to the resident one', () => {
    const points = series('gdp_per_capita', 'shaoxing')[0]?.points ?? [];
    expect(points.find((p) => p.year === 2017)?.basisBreak).toBe(true);
  });

  it('marks where Shanghai’s GDP turns from revised to first-published figures, and Boston’s from one BEA release to another', () => {
    const shanghai = series('gdp', 'shanghai')[0]?.points ?? [];
    expect(shanghai.filter((p) => p.vintageBreak).map((p) => p.year)).toEqual([2021, 2024]);
    const boston = series('gdp', 'boston').find((s) => /Metropolitan/.test(s.geography))?.points ?? [];
    expect(boston.filter((p) => p.vintageBreak).map((p) => p.year)).toEqual([2021]);
  });

  it('lists Boston as a per-capita gap, with why', () => {
    const [boston] = series('gdp_per_capita', 'boston');
    expect(boston?.points).toEqual([
      expect.objectContaining({
        value: null,
        status: 'not_found',
        note: expect.stringMatching(/no year has both/),
      }),
    ]);
    expect(boston?.geography).toMatch(/Metropolitan Statistical Area/);
  });
});
