import { VERSION_KEY, VIEW_VERSION } from './migrations';
import { MAX_VALUE_LENGTH, type ParamSpec, VIEW_PARAMS, type ViewState } from './params';

export type { ViewState } from './params';

/** A parameter the page could not use: a bad value, half a viewport, or an id the data does not have. */
export type IgnoredParam = {
  key: string;
  reason: 'invalid' | 'needs_both' | 'unknown_place' | 'unknown_link';
};

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

export function toSearchParams(raw: RawParams): URLSearchParams {
  if (raw instanceof URLSearchParams) return raw;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value])
      params.append(key, item);
  }
  return params;
}

export const DEFAULT_VIEW: ViewState = Object.fromEntries(
  Object.entries(VIEW_PARAMS).map(([name, spec]) => [name, spec.defaultValue]),
) as ViewState;

/**
 * Reads a view from URL parameters. Each unusable value (unknown, out of range,
 * repeated, over-long) falls back to its default and is listed in `ignored`, so
 * the page can say what it left out. Unknown parameter names are ignored quietly
 * (other tools add their own, such as utm_source).
 */
export function parseView(raw: RawParams): { state: ViewState; ignored: IgnoredParam[] } {
  const params = toSearchParams(raw);
  const ignored: IgnoredParam[] = [];
  const state = { ...DEFAULT_VIEW } as Record<string, unknown>;
  for (const [name, spec] of Object.entries(VIEW_PARAMS) as [keyof ViewState, ParamSpec<unknown>][]) {
    const values = params.getAll(spec.key);
    if (values.length === 0) continue;
    const [text] = values;
    const value =
      values.length === 1 && text !== undefined && text.length <= MAX_VALUE_LENGTH ? spec.parse(text) : null;
    if (value === null && !(text === '' && spec.defaultValue === null))
      ignored.push({ key: spec.key, reason: 'invalid' });
    else state[name] = value;
  }
  const view = state as ViewState;
  // A centre without a zoom (or the reverse) cannot place the map: the one given is dropped too.
  if ((view.center === null) !== (view.zoom === null)) {
    const dropped = view.center === null ? VIEW_PARAMS.zoom : VIEW_PARAMS.center;
    ignored.push({ key: dropped.key, reason: 'needs_both' });
    view.center = null;
    view.zoom = null;
  }
  return { state: view, ignored };
}

/** URL parameters for a view: defaults left out, numbers rounded, the version marker first when anything is set. */
export function serializeView(state: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, spec] of Object.entries(VIEW_PARAMS) as [keyof ViewState, ParamSpec<unknown>][]) {
    const value = state[name];
    if (!spec.eq(value, spec.defaultValue)) params.set(spec.key, spec.serialize(value));
  }
  if ([...params.keys()].length === 0) return params;
  return new URLSearchParams([[VERSION_KEY, String(VIEW_VERSION)], ...params]);
}
