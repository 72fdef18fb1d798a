import { describe, expect, it } from 'vitest';
import { listWindow } from './window';

const items = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));
const ids = (result: { visible: { id: string }[] }) => result.visible.map((item) => item.id);

describe('listWindow', () => {
  it.each([
    { shown: 2, selected: null, visible: ['a', 'b'], hidden: 3 },
    { shown: 2, selected: 'b', visible: ['a', 'b'], hidden: 3 },
    { shown: 2, selected: 'e', visible: ['a', 'b', 'e'], hidden: 2 },
    { shown: 2, selected: 'unknown', visible: ['a', 'b'], hidden: 3 },
    { shown: 5, selected: null, visible: ['a', 'b', 'c', 'd', 'e'], hidden: 0 },
    { shown: 50, selected: 'c', visible: ['a', 'b', 'c', 'd', 'e'], hidden: 0 },
    { shown: 0, selected: 'd', visible: ['d'], hidden: 4 },
    { shown: -1, selected: null, visible: [], hidden: 5 },
  ])('first $shown with $selected selected', ({ shown, selected, visible, hidden }) => {
    const result = listWindow(items, shown, selected);
    expect(ids(result)).toEqual(visible);
    expect(result.hidden).toBe(hidden);
  });
});
