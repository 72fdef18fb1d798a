/**
 * A flag that goes from false to true once and stays: when `settle()` is called, or at the
 * latest `deadlineMs` after the first listener subscribes, so whatever waits on it never
 * waits for good.
 */
export type SettleSignal = {
  isSettled(): boolean;
  settle(): void;
  /** Calls `listener` once when the flag turns true; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
};

type Timer = (callback: () => void, ms: number) => unknown;

export function createSettleSignal(deadlineMs: number, startTimer: Timer = setTimeout): SettleSignal {
  let settled = false;
  let deadlineStarted = false;
  const listeners = new Set<() => void>();
  const settle = () => {
    if (settled) return;
    settled = true;
    for (const listener of [...listeners]) listener();
    listeners.clear();
  };
  return {
    isSettled: () => settled,
    settle,
    subscribe(listener) {
      if (settled) return () => {};
      listeners.add(listener);
      if (!deadlineStarted) {
        deadlineStarted = true;
        startTimer(settle, deadlineMs);
      }
      return () => listeners.delete(listener);
    },
  };
}
