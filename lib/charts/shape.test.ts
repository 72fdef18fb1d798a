import { describe, expect, it } from 'vitest';
import { statsToJson } from '@/lib/api/server/stats-output';
import { findMarkedStats } from '@/lib/data/series-marks';
import { FIXTURE_DATASET as dataset, GEOGRAPHY } from '@/lib/test-fixtures/dataset';
import { FIXTURE_LINK_INDEX } from '@/lib/test-fixtures/features';
import { comparisonYear, figureBars, linksByYear, linkYearBounds, timeRows } from './shape';

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
    expect(rows.find((r) => r.year === 2016)?.shanghai).toBeNull();
    expect(rows.find((r) => r.year === 2017)?.shanghai).toBe(125);
  });

  it('keeps a lower bound off the line', () => {
    expect(rows.find((r) => r.year === 2024)?.shanghai).toBeNull();
    expect(lowerBounds).toEqual([{ place: 'shanghai', year: 2024, value: 200 }]);
  });

  it('indexes each point for its tooltip', () => {
    expect(points.get('boston:2017')?.geography).toBe(GEOGRAPHY.bostonMetro);
  });
});

describe('comparisonYear', () => {
  it('picks the latest year the most places share, and names the rest as missing', () => {
    const { year, bars, missing } = comparisonYear(
      stats('gdp_per_capita', ['shanghai', 'suzhou', 'shaoxing', 'boston']),
    );
    expect(year).toBe(2022);
    expect(bars.map((b) => [b.place, b.point.value]).sort()).toEqual([
      ['shanghai', 9000],
      ['suzhou', 9000],
    ]);
    expect(bars.every((b) => b.point.status === 'derived')).toBe(true);
    // Boston has GDP but no per-capita figure in any year: the API answers it as a gap series,
    // so it is named missing beside Shaoxing instead of dropping out silently.
    expect(missing).toEqual(['shaoxing', 'boston']);
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
    expect(bars.map((b) => [b.place, b.geography, b.point.value])).toEqual([
      ['zhangjiang', GEOGRAPHY.zhangjiang, 95],
      ['lingang', GEOGRAPHY.lingangFirst, 120],
      ['lingang', GEOGRAPHY.lingangPlan, 870],
      ['suzhou-industrial-park', GEOGRAPHY.suzhouPark, 278],
      ['boston', GEOGRAPHY.bostonDistrict, 4.05],
    ]);
  });
});

describe('linksByYear', () => {
  it('counts links by year and kind, with zeros for quiet years', () => {
    const rows = linksByYear(FIXTURE_LINK_INDEX, [2015, 2024], ['enterprise_park', 'cooperation_agreement']);
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

describe('linkYearBounds', () => {
  it('covers the chart years at least', () => {
    expect(linkYearBounds(FIXTURE_LINK_INDEX)).toEqual([2015, 2024]);
  });

  it('widens to a link outside them', () => {
    const [first] = FIXTURE_LINK_INDEX.features;
    if (!first) throw new Error('no links');
    const old = { ...first, properties: { ...first.properties, year: 2009 } };
    expect(linkYearBounds({ features: [old] })).toEqual([2009, 2024]);
  });
});
