import { describe, expect, it } from 'vitest';
import { type LinkFilters, linkShown } from './link-filter';

const link = {
  year: 2019,
  kind: 'technology_transfer' as const,
  grade: 'moderate' as const,
  status: { value: 'signed' as const },
};
const none: LinkFilters = { years: null, hiddenKinds: [], hiddenGrades: [], hiddenStatuses: [] };

describe('linkShown', () => {
  it.each<[string, Partial<LinkFilters>, boolean]>([
    ['no filter', {}, true],
    ['a year range around it', { years: [2016, 2021] }, true],
    ['a year range without it', { years: [2020, 2021] }, false],
    ['its kind switched off', { hiddenKinds: ['technology_transfer'] }, false],
    ['another kind switched off', { hiddenKinds: ['enterprise_park'] }, true],
    ['its grade switched off', { hiddenGrades: ['moderate'] }, false],
    ['weak evidence switched off', { hiddenGrades: ['weak'] }, true],
    ['its status switched off', { hiddenStatuses: ['signed'] }, false],
    ['unknown statuses switched off', { hiddenStatuses: ['unknown'] }, true],
  ])('%s', (_name, filters, shown) => {
    expect(linkShown(link, { ...none, ...filters })).toBe(shown);
  });
});
