import { describe, expect, it } from 'vitest';
import { createTurnQueue } from './turns';

/** A queue whose "later task" runs only when the test says so. */
function queueWithManualTasks() {
  const tasks: (() => void)[] = [];
  const queue = createTurnQueue((run) => tasks.push(run));
  const runTasks = () => {
    while (tasks.length > 0) tasks.shift()?.();
  };
  return { queue, runTasks, pendingTasks: () => tasks.length };
}

describe('createTurnQueue', () => {
  it('starts the first request at once and the next only after the first ends, in a later task', () => {
    const { queue, runTasks } = queueWithManualTasks();
    const started: string[] = [];
    const ends: Record<string, () => void> = {};
    for (const name of ['a', 'b', 'c']) {
      queue.request((end) => {
        started.push(name);
        ends[name] = end;
      });
    }
    expect(started).toEqual(['a']);
    ends.a?.();
    expect(started).toEqual(['a']);
    runTasks();
    expect(started).toEqual(['a', 'b']);
    ends.b?.();
    runTasks();
    expect(started).toEqual(['a', 'b', 'c']);
  });

  const cancellations: { name: string; cancel: 'waiting' | 'current'; started: string[] }[] = [
    { name: 'a cancelled waiting turn never starts', cancel: 'waiting', started: ['a', 'c'] },
    { name: 'a cancelled current turn lets the next start', cancel: 'current', started: ['a', 'b'] },
  ];
  it.each(cancellations)('$name', ({ cancel, started: expected }) => {
    const { queue, runTasks } = queueWithManualTasks();
    const started: string[] = [];
    const ends: Record<string, () => void> = {};
    const cancels: Record<string, () => void> = {};
    for (const name of ['a', 'b', 'c']) {
      cancels[name] = queue.request((end) => {
        started.push(name);
        ends[name] = end;
      });
    }
    if (cancel === 'waiting') {
      cancels.b?.();
      ends.a?.();
    } else {
      cancels.a?.();
    }
    runTasks();
    expect(started).toEqual(expected);
  });

  it('ends a turn once, however often it is ended', () => {
    const { queue, runTasks, pendingTasks } = queueWithManualTasks();
    let endA = () => {};
    queue.request((end) => {
      endA = end;
    });
    const started: string[] = [];
    queue.request(() => started.push('b'));
    queue.request(() => started.push('c'));
    endA();
    endA();
    expect(pendingTasks()).toBe(1);
    runTasks();
    expect(started).toEqual(['b']);
  });

  it('starts a request at once when the queue has gone idle', () => {
    const { queue, runTasks } = queueWithManualTasks();
    queue.request((end) => end());
    runTasks();
    const started: string[] = [];
    queue.request(() => started.push('later'));
    expect(started).toEqual(['later']);
  });
});
