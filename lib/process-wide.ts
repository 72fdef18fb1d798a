/**
 * One value per server process, made on first use. Next loads each route's server bundle with
 * its own copy of a module, so a module variable is one per route; a global symbol is shared.
 */
export function processWide<T>(name: string, make: () => T): T {
  const key = Symbol.for(`innovation-atlas.${name}`);
  const holder = globalThis as Record<symbol, unknown>;
  if (!(key in holder)) holder[key] = make();
  return holder[key] as T;
}
