'use client';

/**
 * How far outside the viewport a chart counts as near: close enough that a reader who
 * scrolls finds it drawn or drawing, small enough that a chart a screen away waits.
 */
const NEAR_MARGIN = '100px 0px';

/**
 * Calls `callback` once, when `element` first comes near the viewport (at once where the
 * browser cannot tell). Returns the unsubscribe.
 */
export function onNearViewport(element: Element, callback: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    callback();
    return () => {};
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      callback();
    },
    // scrollMargin widens every scroll box on the way, the page's and the charts' own (where
    // a browser lacks it, a chart draws once in sight). Not yet in TypeScript's DOM types.
    { scrollMargin: NEAR_MARGIN } as IntersectionObserverInit,
  );
  observer.observe(element);
  return () => observer.disconnect();
}
