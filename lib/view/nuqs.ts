import { createParser, parseAsInteger } from 'nuqs/server';
import { VERSION_KEY } from './migrations';
import { type ParamSpec, VIEW_PARAMS, type ViewParams, type ViewState } from './params';

function toNuqs<T>(spec: ParamSpec<T>) {
  const parser = createParser<NonNullable<T>>({
    parse: (text) => spec.parse(text) as NonNullable<T> | null,
    serialize: (value) => spec.serialize(value),
    eq: (a, b) => spec.eq(a, b),
  });
  // Nullable parameters have no default: absent means null, which nuqs gives already.
  return spec.defaultValue === null ? parser : parser.withDefault(spec.defaultValue as NonNullable<T>);
}

type NuqsParsers = { [K in keyof ViewParams]: ReturnType<typeof toNuqs<ViewState[K]>> };

/**
 * The same parameter definitions as nuqs parsers, for the client's useQueryStates
 * and for links; `v` is the version marker written with every change.
 */
export const viewParsers = {
  ...(Object.fromEntries(
    Object.entries(VIEW_PARAMS).map(([name, spec]) => [name, toNuqs(spec as ParamSpec<unknown>)]),
  ) as unknown as NuqsParsers),
  version: parseAsInteger,
};

export const viewUrlKeys = {
  ...(Object.fromEntries(Object.entries(VIEW_PARAMS).map(([name, spec]) => [name, spec.key])) as {
    [K in keyof ViewParams]: string;
  }),
  version: VERSION_KEY,
};
