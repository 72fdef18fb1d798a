/**
 * Run in the page (Playwright's addInitScript or evaluate): tells the atlas, each frame, that
 * the reader's pointer is on the map, as a moving pointer would, until the page has heard it
 * (components/map/live-map-intent.ts) or has loaded without a map. The end-to-end tests and
 * the benchmark's map runs use it for a reader who goes to the map at once.
 */
export function askForLiveMapEachFrame() {
  const ask = () => {
    const stack = document.querySelector('.map-stack');
    if (stack ? stack.getAttribute('data-live-map') !== 'waiting' : document.readyState === 'complete')
      return;
    stack?.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    requestAnimationFrame(ask);
  };
  requestAnimationFrame(ask);
}
