import { describe, expect, it } from 'vitest';
import { niceStep, valueAxis, yearTicks } from './ticks';

describe('niceStep', () => {
  it.each([
    { raw: 0.3, step: 0.5 },
    { raw: 1, step: 1 },
    { raw: 1.2, step: 2 },
    { raw: 3.4, step: 5 },
    { raw: 7, step: 10 },
    { raw: 1350, step: 2000 },
    { raw: 0, step: 1 },
    { raw: Number.NaN, step: 1 },
  ])('$raw → $step', ({ raw, step }) => {
    expect(niceStep(raw)).toBe(step);
  });
});

describe('valueAxis', () => {
  it.each([
    {
      name: 'levels from zero to one round step past the greatest',
      values: [2688.7, 4721.8, 510.8],
      options: { includeZero: true },
      axis: { domain: [0, 6000], ticks: [0, 2000, 4000, 6000] },
    },
    {
      name: 'an index around its values, zero left out',
      values: [100, 96.4, 131.2],
      options: { includeZero: false },
      axis: { domain: [90, 140], ticks: [90, 100, 110, 120, 130, 140] },
    },
    {
      name: 'growth below zero takes zero in from above',
      values: [-1.2, 4.6],
      options: { includeZero: true, integers: true },
      axis: { domain: [-2, 6], ticks: [-2, 0, 2, 4, 6] },
    },
    {
      name: 'small counts step by whole links',
      values: [0, 1, 3],
      options: { includeZero: true, integers: true },
      axis: { domain: [0, 3], ticks: [0, 1, 2, 3] },
    },
    {
      name: 'fractions step without float noise',
      values: [0.1, 0.7],
      options: { includeZero: true },
      axis: { domain: [0, 0.8], ticks: [0, 0.2, 0.4, 0.6, 0.8] },
    },
    {
      name: 'all zero still has an axis up from zero',
      values: [0, 0],
      options: { includeZero: true, integers: true },
      axis: { domain: [0, 1], ticks: [0, 1] },
    },
    {
      name: 'one value alone sits inside its axis',
      values: [100],
      options: { includeZero: false },
      axis: { domain: [90, 110], ticks: [90, 95, 100, 105, 110] },
    },
    {
      name: 'no values at all',
      values: [],
      options: { includeZero: true },
      axis: { domain: [0, 1], ticks: [0, 0.5, 1] },
    },
  ])('$name', ({ values, options, axis }) => {
    expect(valueAxis(values, options)).toEqual(axis);
  });

  it.each([
    [3, 17000],
    [12.5, 13.1],
    [-40, -3],
    [0.002, 0.9],
  ])('covers every value of [%d, %d] and its ticks bound the domain', (low, high) => {
    const { domain, ticks } = valueAxis([low, high], { includeZero: false });
    expect(domain[0]).toBeLessThanOrEqual(low);
    expect(domain[1]).toBeGreaterThanOrEqual(high);
    expect(ticks[0]).toBe(domain[0]);
    expect(ticks.at(-1)).toBe(domain[1]);
  });
});

describe('yearTicks', () => {
  it.each([
    { name: 'few years: every one', years: [2020, 2021, 2022], ticks: [2020, 2021, 2022] },
    {
      name: 'ten years: every second from the first',
      years: [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
      ticks: [2015, 2017, 2019, 2021, 2023],
    },
    {
      name: 'thirteen years: every third',
      years: Array.from({ length: 13 }, (_, i) => 2012 + i),
      ticks: [2012, 2015, 2018, 2021, 2024],
    },
    { name: 'none', years: [], ticks: [] },
  ])('$name', ({ years, ticks }) => {
    expect(yearTicks(years)).toEqual(ticks);
  });
});
