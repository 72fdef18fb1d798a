import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSettleSignal } from './settle-signal';

afterEach(() => {
  vi.useRealTimers();
});

describe('createSettleSignal', () => {
  const cases: {
    name: string;
    settleAtMs: number | null;
    checkAtMs: number;
    settled: boolean;
    calls: number;
  }[] = [
    {
      name: 'waits while nothing has settled it',
      settleAtMs: null,
      checkAtMs: 999,
      settled: false,
      calls: 0,
    },
    { name: 'settles when told to', settleAtMs: 100, checkAtMs: 150, settled: true, calls: 1 },
    { name: 'settles by itself at the deadline', settleAtMs: null, checkAtMs: 1000, settled: true, calls: 1 },
    {
      name: 'tells a listener once, told and then timed out',
      settleAtMs: 100,
      checkAtMs: 5000,
      settled: true,
      calls: 1,
    },
  ];
  it.each(cases)('$name', ({ settleAtMs, checkAtMs, settled, calls }) => {
    vi.useFakeTimers();
    const signal = createSettleSignal(1000);
    const listener = vi.fn();
    signal.subscribe(listener);
    if (settleAtMs !== null) {
      vi.advanceTimersByTime(settleAtMs);
      signal.settle();
      signal.settle();
    }
    vi.advanceTimersByTime(checkAtMs - (settleAtMs ?? 0));
    expect(signal.isSettled()).toBe(settled);
    expect(listener).toHaveBeenCalledTimes(calls);
  });

  it('starts its deadline with the first listener, not when it is made', () => {
    vi.useFakeTimers();
    const signal = createSettleSignal(1000);
    vi.advanceTimersByTime(5000);
    expect(signal.isSettled()).toBe(false);
    signal.subscribe(() => {});
    vi.advanceTimersByTime(999);
    expect(signal.isSettled()).toBe(false);
    vi.advanceTimersByTime(1);
    expect(signal.isSettled()).toBe(true);
  });

  it('does not call a listener that unsubscribed', () => {
    const signal = createSettleSignal(1000, () => undefined);
    const listener = vi.fn();
    const unsubscribe = signal.subscribe(listener);
    unsubscribe();
    signal.settle();
    expect(listener).not.toHaveBeenCalled();
  });

  it('ignores listeners that come after it settled', () => {
    const signal = createSettleSignal(1000, () => undefined);
    signal.settle();
    const listener = vi.fn();
    signal.subscribe(listener);
    expect(listener).not.toHaveBeenCalled();
    expect(signal.isSettled()).toBe(true);
  });
});
