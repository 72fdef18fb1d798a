import { createLoader } from 'nuqs/server';
import { type CheckedView, checkView, type IgnoredParam, type KnownIds } from './check';
import { migrateParams } from './migrations';
import { DEFAULT_VIEW, VIEW_KEYS, type ViewKey, type ViewState, viewParsers, viewUrlKeys } from './parsers';

export type SearchParamsRecord = Record<string, string | string[] | undefined>;

export function toSearchParams(raw: SearchParamsRecord | URLSearchParams): URLSearchParams {
  if (raw instanceof URLSearchParams) return raw;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value])
      params.append(key, item);
  }
  return params;
}

const loadWithParsers = createLoader(viewParsers, { urlKeys: viewUrlKeys });

/**
 * The keys whose value no parser could use: garbage, out of range, over-long, or given
 * more than once. An empty value of a key that is null by default just means "none".
 */
function rejectedKeys(params: URLSearchParams): ViewKey[] {
  return VIEW_KEYS.filter((key) => {
    const values = params.getAll(viewUrlKeys[key]);
    if (values.length === 0) return false;
    if (values.length > 1) return true;
    const [text = ''] = values;
    const parser = viewParsers[key] as { parse: (text: string) => unknown; defaultValue?: unknown };
    return parser.parse(text) === null && !(text === '' && parser.defaultValue === undefined);
  });
}

/** Reads a view from URL parameters that are already at the current version. */
export function parseView(params: URLSearchParams, known: KnownIds): CheckedView {
  const rejected = rejectedKeys(params);
  const loaded = { ...loadWithParsers(params) } as Record<ViewKey, unknown>;
  for (const key of rejected) loaded[key] = DEFAULT_VIEW[key];
  const checked = checkView(loaded as ViewState, known);
  const ignored: IgnoredParam[] = rejected.map((key) => ({ key: viewUrlKeys[key], reason: 'invalid' }));
  return { view: checked.view, ignored: [...ignored, ...checked.ignored] };
}

export type LoadedView = { kind: 'redirect'; query: string } | ({ kind: 'view' } & CheckedView);

/**
 * What the page, the embed and the preview image do with a URL: bring an old link up to
 * date (the caller redirects to it), else read the view and check it against the data.
 */
export function loadView(raw: SearchParamsRecord | URLSearchParams, known: KnownIds): LoadedView {
  const { params, changed } = migrateParams(toSearchParams(raw));
  // ':' and ',' need no escape in a query; left plain, the link reads like the address bar's.
  if (changed)
    return { kind: 'redirect', query: params.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',') };
  return { kind: 'view', ...parseView(params, known) };
}
