import { describe, expect, it } from 'vitest';
import { axisUnit, formatTerm, formatValue } from './numbers';

describe('formatValue', () => {
  it.each([
    [510.8, 'CNY billion', 'en', 'exact', '510.8 billion yuan'],
    [510.8, 'CNY billion', 'zh', 'exact', '5,108亿元'],
    [75.597, 'USD billion', 'en', 'exact', '75.6 billion US dollars'],
    [5000, 'CNY billion', 'en', 'more_than', 'over 5,000 billion yuan'],
    [5000, 'CNY billion', 'zh', 'more_than', '超过50,000亿元'],
    [2200, 'CNY billion', 'zh', 'about', '约22,000亿元'],
    [54445, 'CNY', 'en', 'exact', '54,445 yuan'],
    [119.5, 'km2', 'en', 'exact', '119.5 km²'],
    [119.5, 'km2', 'zh', 'exact', '119.5平方公里'],
    [73, 'count', 'en', 'exact', '73'],
    [24197000, 'persons', 'en', 'exact', '24,197,000 people'],
  ] as const)('%d %s in %s (%s) is %s', (value, unit, locale, qualifier, expected) => {
    expect(formatValue(value, unit, locale, qualifier)).toBe(expected);
  });
});

describe('axisUnit', () => {
  it.each([
    ['CNY billion', 'en', 'billion yuan'],
    ['USD billion', 'zh', '亿美元'],
    ['km2', 'en', 'km²'],
  ] as const)('%s in %s reads %s', (unit, locale, expected) => {
    expect(axisUnit(unit, locale)).toBe(expected);
  });
});

describe('formatTerm', () => {
  it.each([
    ['en', { value: 193, unit: 'tasks' }, '193 tasks'],
    ['en', { value: 1500, unit: 'representatives' }, '1,500 representatives'],
    ['zh', { value: 193, unit: 'tasks' }, '193'],
  ] as const)('%s %j → %s', (locale, term, expected) => {
    expect(formatTerm(term, locale)).toBe(expected);
  });
});
