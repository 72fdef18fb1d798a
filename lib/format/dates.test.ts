import { describe, expect, it } from 'vitest';
import { formatIsoDate } from './dates';

describe('formatIsoDate', () => {
  it.each([
    ['2019-01-19', 'en', '19 Jan 2019'],
    ['2019-01-19', 'zh', '2019年1月19日'],
    ['2016-02-26', 'en', '26 Feb 2016'],
    ['2023-11-06', 'zh', '2023年11月6日'],
  ] as const)('%s in %s is %s', (iso, locale, expected) => {
    expect(formatIsoDate(iso, locale)).toBe(expected);
  });

  it('refuses a string that is not a date', () => {
    expect(() => formatIsoDate('2019-13-45', 'en')).toThrow(/not an ISO date/);
  });
});
