/** The drawn chart's SVG inside a panel's body, if Recharts has drawn it. */
const drawnSurface = (body: Element | null) =>
  body?.querySelector<SVGSVGElement>('svg.recharts-surface') ?? null;

/**
 * The drawn chart's SVG once Recharts has drawn it: at once if it has, or when it appears,
 * or null after `timeoutMs` (a chart still waiting for its turn or its data).
 */
export function whenDrawn(body: Element | null, timeoutMs: number): Promise<SVGSVGElement | null> {
  const drawn = drawnSurface(body);
  if (drawn || !body) return Promise.resolve(drawn);
  return new Promise((resolve) => {
    const finish = (surface: SVGSVGElement | null) => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(surface);
    };
    const observer = new MutationObserver(() => {
      const surface = drawnSurface(body);
      if (surface) finish(surface);
    });
    observer.observe(body, { childList: true, subtree: true });
    const timer = setTimeout(() => finish(null), timeoutMs);
  });
}
