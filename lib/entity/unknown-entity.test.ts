import { describe, expect, it } from 'vitest';
import { FIXTURE_DATASET } from '@/lib/test-fixtures/dataset';
import { isUnknownEntityPath } from './unknown-entity';

describe('isUnknownEntityPath', () => {
  it.each<[string, boolean]>([
    ['/places/shanghai', false],
    ['/places/shanghai/', false],
    ['/links/park-link', false],
    ['/places/park-link', true],
    ['/places/atlantis', true],
    ['/links/atlantis', true],
    ['/organizations/anyone', true],
    ['/documents/anything', true],
    ['/places/UPPER', true],
    ['/places/%3Cscript%3E', true],
    ['/places/%E0%A4%A', true],
    ['/', false],
    ['/places', false],
    ['/api/places/atlantis', false],
    ['/places/shanghai/extra', false],
  ])('%s → %s', (path, unknown) => {
    expect(isUnknownEntityPath(path, FIXTURE_DATASET)).toBe(unknown);
  });
});
