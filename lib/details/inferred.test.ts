import { describe, expect, it } from 'vitest';
import { inferredPart } from './inferred';

const WORDS = {
  date: 'the date',
  status: 'the status date',
  event: (event: string, date: string) => `the ${event} on ${date}`,
};

describe('inferredPart', () => {
  it.each<[string, 'en' | 'zh', string]>([
    ['date', 'en', 'the date'],
    ['status', 'en', 'the status date'],
    ['event:2021-03-03:signing', 'en', 'the Signing on 3 Mar 2021'],
    ['event:2021-03-03:signing', 'zh', 'the 签约 on 2021年3月3日'],
    ['event:2021-03-03:parade', 'en', 'event:2021-03-03:parade'],
    ['something-else', 'en', 'something-else'],
  ])('%s (%s)', (part, locale, expected) => {
    expect(inferredPart(part, WORDS, locale)).toBe(expected);
  });
});
