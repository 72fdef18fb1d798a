import { describe, expect, it } from 'vitest';
import { type PanelState, panelState } from './panel-state';

describe('panelState', () => {
  const cases: [string, Parameters<typeof panelState>[0], PanelState][] = [
    ['waits while the query is pending', { pending: true, error: false, hasData: false }, 'loading'],
    ['waits while pending even with stale data', { pending: true, error: false, hasData: true }, 'loading'],
    ['says so when the query failed', { pending: false, error: true, hasData: false }, 'error'],
    ['an error wins over data', { pending: false, error: true, hasData: true }, 'error'],
    [
      'is empty when the answer has nothing to draw',
      { pending: false, error: false, hasData: false },
      'empty',
    ],
    ['draws when the answer has figures', { pending: false, error: false, hasData: true }, 'ready'],
    [
      'is empty, not loading, when there is nothing to ask for',
      { pending: true, error: false, hasData: false, enabled: false },
      'empty',
    ],
    [
      'is empty when disabled whatever else is true',
      { pending: false, error: true, hasData: true, enabled: false },
      'empty',
    ],
  ];
  it.each(cases)('%s', (_, inputs, expected) => {
    expect(panelState(inputs)).toBe(expected);
  });
});
