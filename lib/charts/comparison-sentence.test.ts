import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPARE_MODES, type CompareMode, type YearRange } from '@/lib/domain';
import { fixtureSeries, FIXTURE_GEOGRAPHIES as G, type PointInput, yearly } from '@/lib/test-fixtures/series';
import { type Caveat, comparisonSentence, namedPlaces } from './comparison-sentence';
import { growthRates, indexedLines } from './growth';
import type { Series } from './shape';

const PLACES = ['a', 'b', 'c', 'd'];
const RANGE: YearRange = [2015, 2020];
const RATE = {
  year: 2020,
  cnyPerUsd: 6.9,
  series: 'fed_g5a' as const,
  status: 'found' as const,
  source: 'r',
};

const a = fixtureSeries('a', yearly({ 2015: 100, 2020: 200 }), G.prefecture);
const b = fixtureSeries('b', yearly({ 2015: 100, 2020: 150 }), G.prefecture);
const bigger = fixtureSeries('b', yearly({ 2015: 300, 2020: 400 }), G.prefecture);
const metro = fixtureSeries(
  'c',
  [
    { year: 2015, value: 10, unit: 'USD million', shown: 70, rate: RATE },
    { year: 2020, value: 30, unit: 'USD million', shown: 207, rate: RATE },
  ],
  G.metro,
);
const boundTop = fixtureSeries('b', [
  { year: 2015, value: 50 },
  { year: 2020, value: 60, qualifier: 'more_than' },
]);
const soft = fixtureSeries('b', [
  { year: 2015, value: 100, status: 'found_secondary', qualifier: 'about' },
  { year: 2020, value: 110, vintage: 'estimate', vintageBreak: true },
]);
const oneYear = fixtureSeries('d', yearly({ 2018: 5 }));
const gap = fixtureSeries('d', yearly({ 2015: null, 2020: null }));

type Case = [string, CompareMode, Series[], { claim: object; caveats?: Caveat['kind'][] }];

const kinds = (caveats: readonly Caveat[]) => caveats.map((c) => c.kind);

describe('comparisonSentence', () => {
  it.each<Case>([
    [
      'levels: the largest in the shared year',
      'levels',
      [a, bigger],
      { claim: { kind: 'leader', figure: { place: 'b', value: 400, years: [2020, 2020] }, compared: 2 } },
    ],
    [
      'growth: the fastest average annual rate',
      'growth',
      [a, bigger],
      { claim: { kind: 'leader', figure: { place: 'a', years: [2015, 2020] } } },
    ],
    [
      'index: the highest index in the shared year',
      'index',
      [b, a],
      { claim: { kind: 'leader', figure: { place: 'a', value: 200, baseYear: 2015 } } },
    ],
    ['nothing to compare', 'growth', [gap], { claim: { kind: 'nothing' }, caveats: [] }],
    [
      'one place alone is all it says',
      'levels',
      [a, gap],
      { claim: { kind: 'single', figure: { place: 'a' } }, caveats: ['missing'] },
    ],
    [
      'a place with one figure has no growth',
      'growth',
      [a, oneYear],
      { claim: { kind: 'single', figure: { place: 'a' } }, caveats: ['missing'] },
    ],
    [
      'levels converted at a rate say which',
      'levels',
      [a, metro],
      {
        claim: { kind: 'leader', figure: { place: 'c', value: 207 } },
        caveats: ['geographies', 'converted'],
      },
    ],
    [
      'growth needs no rate: it uses the source figures',
      'growth',
      [a, metro],
      { claim: { kind: 'leader', figure: { place: 'c' } }, caveats: ['geographies'] },
    ],
    [
      'a lower bound that leads is a leader at least',
      'levels',
      [fixtureSeries('a', yearly({ 2020: 50 })), boundTop],
      { claim: { kind: 'leader', figure: { place: 'b', bound: 'at_least' } }, caveats: ['lowerBound'] },
    ],
    [
      'a lower bound that trails leaves the order open',
      'levels',
      [a, boundTop],
      { claim: { kind: 'undecided', compared: 2, year: 2020 }, caveats: ['lowerBound'] },
    ],
    [
      'a tie leaves the order open',
      'levels',
      [a, fixtureSeries('b', yearly({ 2020: 200 }))],
      { claim: { kind: 'undecided' } },
    ],
    [
      'estimates, reprints, approximations and breaks are said',
      'growth',
      [a, soft],
      {
        claim: { kind: 'leader', figure: { place: 'a' } },
        caveats: ['estimate', 'unverified', 'approximate', 'breaks'],
      },
    ],
    [
      'rates over different years are said',
      'growth',
      [a, fixtureSeries('b', yearly({ 2016: 1, 2019: 2 }))],
      { claim: { kind: 'leader', figure: { place: 'b', years: [2016, 2019] } }, caveats: ['periods'] },
    ],
    [
      'different base years are said',
      'index',
      [a, fixtureSeries('b', yearly({ 2016: 1, 2020: 3 }))],
      { claim: { kind: 'leader', figure: { place: 'b', baseYear: 2016 } }, caveats: ['baseYears'] },
    ],
  ])('%s', (_name, mode, series, expected) => {
    const sentence = comparisonSentence(
      mode,
      series,
      RANGE,
      series.map((s) => s.place),
    );
    expect(sentence.claim).toMatchObject(expected.claim);
    if (expected.caveats) expect(kinds(sentence.caveats)).toEqual(expected.caveats);
  });

  it('counts the places it leaves out, and never names them', () => {
    const sentence = comparisonSentence('levels', [a, b, gap], RANGE, PLACES);
    expect(sentence.caveats).toContainEqual({ kind: 'missing', count: 2 });
    expect(namedPlaces(sentence)).toEqual(['a']);
  });
});

/** Every year a point may sit in, with or without a figure, firm or not. */
const pointArb = (year: number): fc.Arbitrary<PointInput> =>
  fc.record({
    year: fc.constant(year),
    value: fc.option(fc.integer({ min: 1, max: 1000 }), { nil: null }),
    qualifier: fc.constantFrom('exact' as const, 'about' as const, 'more_than' as const),
    status: fc.constantFrom('found' as const, 'found_secondary' as const, 'derived' as const),
  });

const seriesArb = (place: string) =>
  fc
    .subarray([2013, 2015, 2016, 2017, 2018, 2019, 2020, 2022])
    .chain((years) => fc.tuple(...years.map(pointArb)))
    .map((points) => fixtureSeries(place, points, place === 'c' ? G.metro : G.prefecture));

const rangeArb = fc
  .tuple(fc.integer({ min: 2012, max: 2023 }), fc.integer({ min: 0, max: 8 }))
  .map(([from, span]) => [from, from + span] as const);

describe('the per-capita sentence', () => {
  const registered = fixtureSeries('a', [{ year: 2020, value: 120, basis: 'registered' }]);
  const resident = fixtureSeries('b', [{ year: 2020, value: 100, basis: 'resident_estimate' }]);
  const census = fixtureSeries('c', [{ year: 2020, value: 90, basis: 'resident_census' }]);

  it.each([
    ['different bases are a caveat', [registered, resident], true],
    [
      'one basis is none',
      [resident, fixtureSeries('a', [{ year: 2020, value: 80, basis: 'resident_estimate' }])],
      false,
    ],
    ['three bases are one caveat', [registered, resident, census], true],
  ] as const)('%s', (_, series, expected) => {
    const sentence = comparisonSentence('levels', series, RANGE, PLACES, 'gdp_per_capita');
    expect(sentence.metric).toBe('gdp_per_capita');
    expect(sentence.caveats.filter((c) => c.kind === 'bases').length).toBe(expected ? 1 : 0);
  });

  it('leads with the highest figure of the year most places share', () => {
    const sentence = comparisonSentence(
      'levels',
      [registered, resident, census],
      RANGE,
      PLACES,
      'gdp_per_capita',
    );
    expect(sentence.claim).toMatchObject({ kind: 'leader', figure: { place: 'a', value: 120 }, compared: 3 });
  });
});

describe('comparisonSentence (properties)', () => {
  it('never names a place without a figure in the years shown, and a leader is the largest', () => {
    fc.assert(
      fc.property(
        fc.subarray(PLACES).chain((places) => fc.tuple(...places.map(seriesArb))),
        rangeArb,
        fc.constantFrom(...COMPARE_MODES),
        (series, range, mode) => {
          const sentence = comparisonSentence(mode, series, range, PLACES);
          const figures = (place: string) =>
            series
              .filter((s) => s.place === place)
              .flatMap((s) => s.points)
              .filter((p) => p.year !== null && p.year >= range[0] && p.year <= range[1] && p.value !== null);
          for (const place of namedPlaces(sentence)) {
            expect(figures(place).length).toBeGreaterThanOrEqual(mode === 'levels' ? 1 : 2);
          }
          const { claim } = sentence;
          if (claim.kind === 'leader') {
            expect(claim.compared).toBeGreaterThanOrEqual(2);
            const year = claim.figure.years[0];
            const values =
              mode === 'growth'
                ? growthRates(series, range).map((g) => g.rate)
                : mode === 'index'
                  ? // A base year's own 100 is not compared.
                    indexedLines(series, range).map((l) =>
                      l.baseYear === year ? null : l.points.find((p) => p.year === year)?.index,
                    )
                  : series.map((s) => s.points.find((p) => p.year === year)?.value);
            const firm = values.filter((v): v is number => typeof v === 'number');
            expect(claim.figure.value).toBe(Math.max(...firm));
          }
          const withFigures = PLACES.filter((p) => figures(p).length > 0).length;
          if (withFigures === 0) expect(claim.kind).toBe('nothing');
        },
      ),
      { numRuns: 1500 },
    );
  });
});
