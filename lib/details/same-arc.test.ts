import { describe, expect, it } from 'vitest';
import { othersOnArc } from './same-arc';

const shared = { members: [{ id: 'newest' }, { id: 'middle' }, { id: 'oldest' }] };
const alone = { members: [{ id: 'alone' }] };
const GROUP_OF = new Map([
  ['newest', shared],
  ['middle', shared],
  ['oldest', shared],
  ['alone', alone],
]);

describe('othersOnArc', () => {
  const cases: [string, string, string[]][] = [
    ['the newest lists the other two, latest first', 'newest', ['middle', 'oldest']],
    ['one in the middle lists those before and after it', 'middle', ['newest', 'oldest']],
    ['the oldest lists the newer two', 'oldest', ['newest', 'middle']],
    ['a link alone on its arc lists none', 'alone', []],
    ['a link not drawn (outside the years) lists none', 'elsewhere', []],
  ];
  it.each(cases)('%s', (_, id, others) => {
    expect(othersOnArc(id, GROUP_OF).map((l) => l.id)).toEqual(others);
  });

  it('together with the link itself, gives back its whole arc', () => {
    for (const { id } of shared.members) {
      expect([id, ...othersOnArc(id, GROUP_OF).map((l) => l.id)].sort()).toEqual(
        shared.members.map((m) => m.id).sort(),
      );
    }
  });
});
