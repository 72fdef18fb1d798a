/**
 * One at a time, in the order asked: each holder of the turn says when it is done, and the
 * next starts in a later task (`schedule`), so the browser paints and takes input between.
 */
export type TurnQueue = {
  /** `start` is called when this turn comes, with the function that ends it. Returns a cancel. */
  request(start: (end: () => void) => void): () => void;
};

type Entry = { start: (end: () => void) => void; ended: boolean };

export function createTurnQueue(
  schedule: (run: () => void) => void = (run) => setTimeout(run, 0),
): TurnQueue {
  const waiting: Entry[] = [];
  let current: Entry | null = null;
  let busy = false;

  const end = (entry: Entry) => {
    if (entry.ended || current !== entry) return;
    entry.ended = true;
    current = null;
    schedule(advance);
  };
  const advance = () => {
    const next = waiting.shift();
    if (!next) {
      busy = false;
      return;
    }
    current = next;
    next.start(() => end(next));
  };

  return {
    request(start) {
      const entry: Entry = { start, ended: false };
      waiting.push(entry);
      if (!busy) {
        busy = true;
        advance();
      }
      return () => {
        const index = waiting.indexOf(entry);
        if (index >= 0) waiting.splice(index, 1);
        else end(entry);
      };
    },
  };
}
