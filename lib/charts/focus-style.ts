import { isId } from '@/lib/domain';

/**
 * The charts bring the places in focus forward and fade the rest. They do it with
 * one attribute on the element around them and a style sheet fixed by the places,
 * not by drawing the charts again: Recharts takes tens of milliseconds to draw a
 * chart, and a pointer crossing the map changes the focus many times a second.
 */

/** What a chart's mark carries: the place it stands for. */
const FOCUS_PLACE = 'data-focus-place';

/** What the element around the charts carries: the places in focus, space-separated. */
const FOCUS_LIST = 'data-focus';

const FADED_OPACITY = 0.2;

/**
 * One rule per place: while something is in focus and this place is not, its marks fade.
 * Ids that are not kebab-case are left out, so nothing but an id ever reaches the sheet.
 */
export function focusStyleSheet(scope: string, placeIds: Iterable<string>): string {
  const ids = [...new Set(placeIds)].filter((id) => isId(id)).sort();
  return ids
    .map(
      (id) =>
        `${scope}[${FOCUS_LIST}]:not([${FOCUS_LIST}~="${id}"]) [${FOCUS_PLACE}="${id}"]{opacity:${FADED_OPACITY}}`,
    )
    .join('\n');
}

/** The value of the focus attribute, or none when nothing is in focus (then nothing fades). */
export function focusList(focused: ReadonlySet<string>): string | undefined {
  const ids = [...focused].filter((id) => isId(id)).sort();
  return ids.length > 0 ? ids.join(' ') : undefined;
}
