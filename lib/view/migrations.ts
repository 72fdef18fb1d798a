import { LINK_KINDS } from '@/lib/domain';
import { viewUrlKeys } from './parsers';

/**
 * Every change to a parameter's name or meaning bumps VIEW_VERSION and adds a
 * migration from the version before, so links shared before the change keep
 * opening the same view. A URL without `v` is read as version 0.
 */
export const VIEW_VERSION = 1;
export const VERSION_KEY = 'v';

type Migration = { from: number; describe: string; migrate: (params: URLSearchParams) => URLSearchParams };

function renamed(
  params: URLSearchParams,
  renames: Record<string, (value: string, all: URLSearchParams) => [string, string] | null>,
) {
  const next = new URLSearchParams();
  for (const [key, value] of params) {
    const rename = renames[key];
    const result: [string, string] | null = rename ? rename(value, params) : [key, value];
    if (result && !next.has(result[0])) next.set(result[0], result[1]);
  }
  return next;
}

const MIGRATIONS: readonly Migration[] = [
  {
    from: 0,
    describe:
      'Version 0: links written with the API’s parameter names (currency, from/to, place, link, kind) open the same view.',
    migrate: (params) => {
      const from = params.get('from');
      const to = params.get('to');
      const keys = viewUrlKeys;
      const next = renamed(params, {
        currency: (value) => [keys.currency, value],
        place: (value) => [keys.selection, `place:${value}`],
        link: (value) => [keys.selection, `link:${value}`],
        from: () => [keys.years, `${from ?? to}-${to ?? from}`],
        to: () => [keys.years, `${from ?? to}-${to ?? from}`],
        // The API's `kind` keeps kinds; the view hides them. Unknown kinds are left for the parser to refuse.
        kind: (value) => {
          const shown = value.split(',');
          return [keys.hiddenKinds, LINK_KINDS.filter((k) => !shown.includes(k)).join(',')];
        },
      });
      return next;
    },
  },
];

/** The keys only version-0 links used; their presence marks an unversioned link as old. */
const VERSION_ZERO_KEYS = ['currency', 'from', 'to', 'place', 'link', 'kind'];

function versionOf(params: URLSearchParams): number {
  const text = params.get(VERSION_KEY);
  if (text === null) return VERSION_ZERO_KEYS.some((key) => params.has(key)) ? 0 : VIEW_VERSION;
  const version = /^\d{1,3}$/.test(text) ? Number(text) : Number.NaN;
  // A version from the future or garbage: read the parameters as they are.
  return Number.isNaN(version) || version > VIEW_VERSION ? VIEW_VERSION : version;
}

/** Brings parameters from any earlier version up to VIEW_VERSION; `changed` says whether anything moved. */
export function migrateParams(input: URLSearchParams): { params: URLSearchParams; changed: boolean } {
  let version = versionOf(input);
  if (version === VIEW_VERSION) return { params: input, changed: false };
  let params = new URLSearchParams(input);
  params.delete(VERSION_KEY);
  while (version < VIEW_VERSION) {
    const step = MIGRATIONS.find((m) => m.from === version);
    if (!step) break;
    params = step.migrate(params);
    version += 1;
  }
  params.set(VERSION_KEY, String(VIEW_VERSION));
  return { params, changed: true };
}
