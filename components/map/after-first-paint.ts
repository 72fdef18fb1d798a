const FIRST_PAINT = 'first-contentful-paint';

const hasPainted = () => performance.getEntriesByName(FIRST_PAINT).length > 0;

/**
 * Calls `callback` once the page has painted its first content: at once if it has, else when
 * the browser reports the paint. A browser that reports no paints gets two frames instead.
 * Waiting for frames where the paint is known costs here: while the page hydrates and the
 * GPU process draws it, a frame can take 100 ms and more to come.
 */
export function afterFirstPaint(callback: () => void): () => void {
  if (hasPainted()) {
    callback();
    return () => {};
  }
  if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName(FIRST_PAINT).length === 0) return;
      observer.disconnect();
      callback();
    });
    observer.observe({ type: 'paint', buffered: true });
    return () => observer.disconnect();
  }
  let frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(callback);
  });
  return () => cancelAnimationFrame(frame);
}
