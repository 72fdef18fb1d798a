import { describe, expect, it } from 'vitest';
import { fixtureSeries } from '@/lib/test-fixtures/series';
import { areaSentence, cooperationSentence } from './panel-sentences';
import { figureBars } from './shape';

describe('cooperationSentence', () => {
  const rows = [
    { year: 2016, enterprise_park: 1 },
    { year: 2019, technology_transfer: 1 },
    { year: 2021, cooperation_agreement: 1, technology_transfer: 1 },
    { year: 2023, organization_cluster: 1 },
  ];

  it.each([
    ['every year', [2015, 2024], { kind: 'count', total: 5, peak: { years: [2021], count: 2 } }],
    ['a tie', [2016, 2019], { kind: 'count', total: 2, peak: { years: [2016, 2019], count: 1 } }],
    ['nothing in the years', [2017, 2018], { kind: 'none' }],
  ] as const)('%s', (_, range, expected) => {
    expect(cooperationSentence(rows, [...range])).toMatchObject(expected);
  });
});

describe('areaSentence', () => {
  const bars = (...series: Parameters<typeof fixtureSeries>[]) =>
    figureBars(series.map((s) => fixtureSeries(...s)));

  it.each([
    ['nothing', bars(['a', [{ year: 2020, value: null }]]), { kind: 'none' }],
    [
      'one area: no comparison of definitions',
      bars(['a', [{ year: 2020, value: 10 }]]),
      { kind: 'largest', count: 1, caveats: [] },
    ],
    [
      'the largest, with every caveat',
      bars(['a', [{ year: 2020, value: 10 }]], ['b', [{ year: 2019, value: 40, status: 'found_secondary' }]]),
      { kind: 'largest', count: 2, caveats: ['definitions', 'unverified', 'years'] },
    ],
  ] as const)('%s', (_, input, expected) => {
    expect(areaSentence(input)).toMatchObject(expected);
  });

  it('names the largest', () => {
    const sentence = areaSentence(
      bars(['a', [{ year: 2020, value: 10 }]], ['b', [{ year: 2020, value: 40 }]]),
    );
    expect(sentence.kind === 'largest' && sentence.largest.place).toBe('b');
  });
});
