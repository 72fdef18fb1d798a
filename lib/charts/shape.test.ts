import { describe, expect, it } from 'vitest';
import { linksToGeoJson } from '@/lib/api/links-output';
import { statsToJson } from '@/lib/api/stats-output';
import { DATA_DIRECTORY, parseDataset, readDataFiles } from '@/lib/data/load';
import { findMarkedStats } from '@/lib/data/series-marks';
import { comparisonYear, figureBars, linksByYear, timeRows } from './shape';

const dataset = parseDataset(readDataFiles(DATA_DIRECTORY));
const stats = (metric: 'gdp' | 'gdp_per_capita' | 'park_area', places: string[], range?: [number, number]) =>
  statsToJson(
    dataset,
    findMarkedStats(dataset, {
      metric,
      places,
      currency: 'CNY',
      ...(range ? { from: range[0], to: range[1] } : {}),
    }),
  ).series;

describe('timeRows', () => {
  const { rows, lowerBounds, points } = timeRows(
    stats('gdp', ['shanghai', 'boston'], [2015, 2024]),
    [2015, 2024],
  );

  it('has a row for every year, and a gap where a figure is missing', () => {
    expect(rows.map((r) => r.year)).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    expect(rows.find((r) => r.year === 2019)?.boston).toBeNull();
    expect(rows.find((r) => r.year === 2017)?.shanghai).toBe(3292.5);
  });

  it('keeps a lower bound off the line', () => {
    expect(rows.find((r) => r.year === 2024)?.shanghai).toBeNull();
    expect(lowerBounds).toEqual([
      { place: 'shanghai', year: 2023, value: 4720 },
      { place: 'shanghai', year: 2024, value: 5000 },
    ]);
  });

  it('indexes each point for its tooltip', () => {
    expect(points.get('boston:2017')?.geography).toMatch(/Metropolitan Statistical Area/);
  });
});

describe('comparisonYear', () => {
  it('picks the latest year the most places share, and names the rest as missing', () => {
    const { year, bars, missing } = comparisonYear(
      stats('gdp_per_capita', ['shanghai', 'suzhou', 'shaoxing', 'boston']),
    );
    expect(year).toBe(2022);
    expect(bars.map((b) => b.place).sort()).toEqual(['shanghai', 'suzhou']);
    expect(bars.every((b) => b.point.status === 'derived')).toBe(true);
    // Boston has no figure in any year: the API lists it as a gap series, so it is named missing too.
    expect(missing.sort()).toEqual(['boston', 'shaoxing']);
  });

  it('has no year when there is no figure', () => {
    expect(comparisonYear([])).toEqual({ year: null, bars: [], missing: [] });
  });
});

describe('figureBars', () => {
  it('gives each park and zone area its own bar with its geography', () => {
    const bars = figureBars(
      stats('park_area', ['zhangjiang', 'lingang', 'suzhou-industrial-park', 'boston']),
    );
    const lingang = bars.filter((b) => b.place === 'lingang').map((b) => [b.geography, b.point.value]);
    expect(lingang).toEqual(
      expect.arrayContaining([
        ['Lin-gang Special Area (first phase)', 119.5],
        ['Lin-gang Special Area (overall plan)', 873],
      ]),
    );
    expect(bars.some((b) => b.place === 'boston' && b.point.value === 4.05)).toBe(true);
  });
});

describe('linksByYear', () => {
  it('counts links by year and kind, with zeros for quiet years', () => {
    const rows = linksByYear(
      linksToGeoJson(dataset, dataset.links),
      [2015, 2024],
      ['enterprise_park', 'cooperation_agreement'],
    );
    expect(rows.find((r) => r.year === 2016)).toEqual({
      year: 2016,
      enterprise_park: 1,
      cooperation_agreement: 0,
    });
    expect(rows.find((r) => r.year === 2021)).toEqual({
      year: 2021,
      enterprise_park: 0,
      cooperation_agreement: 1,
    });
    expect(rows).toHaveLength(10);
  });
});
