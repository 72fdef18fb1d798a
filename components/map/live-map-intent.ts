import { useSyncExternalStore } from 'react';

/**
 * Whether the reader has shown that they want the live map: a pointer over the map, a touch,
 * a wheel turn, focus or a key in it, or an action that moves it (a toolbar button, a
 * selection to frame). Until then the server's picture is the map and MapLibre is not
 * loaded, so a reader who only reads pays nothing for it.
 *
 * Heard on the document from the moment this module runs, before React has hydrated the
 * page: a reader who goes to the map at once is not missed while the page hydrates.
 */

/** The element that holds the map's two renderers (MapPanel). */
export const MAP_STACK = '.map-stack';

const INTENT_EVENTS = [
  'pointerover',
  'pointermove',
  'pointerdown',
  'touchstart',
  'wheel',
  'focusin',
  'keydown',
];

let intended = false;
const listeners = new Set<() => void>();

function stopListening() {
  for (const type of INTENT_EVENTS) document.removeEventListener(type, onEvent, true);
}

function onEvent(event: Event) {
  if (event.target instanceof Element && event.target.closest(MAP_STACK)) noteLiveMapIntent();
}

/** The reader wants the live map (also said by actions that move it). */
export function noteLiveMapIntent() {
  if (intended) return;
  intended = true;
  if (typeof document !== 'undefined') stopListening();
  for (const listener of listeners) listener();
}

/** Calls `callback` once the reader wants the live map: at once if they do. Returns the unsubscribe. */
export function onLiveMapIntent(callback: () => void): () => void {
  if (intended) {
    callback();
    return () => {};
  }
  listeners.add(callback);
  return () => listeners.delete(callback);
}

export const hasLiveMapIntent = () => intended;

const subscribe = (callback: () => void) => onLiveMapIntent(callback);

/** Whether the reader has asked for the live map yet; the server's render never has. */
export const useLiveMapIntent = () => useSyncExternalStore(subscribe, hasLiveMapIntent, () => false);

if (typeof document !== 'undefined') {
  for (const type of INTENT_EVENTS)
    document.addEventListener(type, onEvent, { capture: true, passive: true });
  // A pointer already resting on the map, or focus already in it, when the script arrives.
  if (document.querySelector(`${MAP_STACK}:hover, ${MAP_STACK}:focus-within`)) noteLiveMapIntent();
}
