import { describe, expect, it } from 'vitest';
import { DATA_DIRECTORY, parseDataset, readDataFiles } from '@/lib/data/load';
import { withKnownIds } from './known-ids';
import { DEFAULT_VIEW } from './state';

const dataset = parseDataset(readDataFiles(DATA_DIRECTORY));

describe('withKnownIds', () => {
  it.each([
    ['a known place', { type: 'place', id: 'boston' }, true],
    ['a known link', { type: 'link', id: 'shanghai-suzhou-193-tasks' }, true],
    ['an unknown place', { type: 'place', id: 'atlantis' }, false],
    ['a link id used as a place', { type: 'place', id: 'shanghai-suzhou-193-tasks' }, false],
  ] as const)('%s', (_name, selection, kept) => {
    const { state, ignored } = withKnownIds({ ...DEFAULT_VIEW, selection }, dataset);
    expect(state.selection).toEqual(kept ? selection : null);
    expect(ignored.map((i) => i.key)).toEqual(kept ? [] : ['sel']);
  });
});
