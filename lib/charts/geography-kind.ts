/**
 * The kind of territory a series covers, read from the geography's name as stats.csv
 * writes it: a Chinese prefecture-level city takes in county-level areas around its core,
 * a US metropolitan statistical area several counties, a park or zone only its plan area.
 * Null where the name says no kind.
 */
export const GEOGRAPHY_KINDS = [
  'municipality',
  'prefecture_city',
  'metro_area',
  'city_proper',
  'zone',
] as const;
export type GeographyKind = (typeof GEOGRAPHY_KINDS)[number];

const RULES: readonly [RegExp, GeographyKind][] = [
  [/metropolitan statistical area/i, 'metro_area'],
  [/prefecture-level city/i, 'prefecture_city'],
  [/\bmunicipality$/i, 'municipality'],
  [/^city of /i, 'city_proper'],
  [/\b(park|special area|science city|district|zone)\b/i, 'zone'],
];

export function geographyKind(geography: string): GeographyKind | null {
  return RULES.find(([pattern]) => pattern.test(geography))?.[1] ?? null;
}

/** The kinds of territory among the geographies, in a fixed order, where they differ; empty where all are one kind. */
export function differingKinds(geographies: readonly string[]): GeographyKind[] {
  const kinds = new Set(geographies.map(geographyKind));
  if (kinds.size < 2) return [];
  return GEOGRAPHY_KINDS.filter((kind) => kinds.has(kind));
}

/**
 * Each place's kind of territory where the lines of a panel differ in kind, for the one
 * line the panel says it in; empty where they are all one kind (or say none).
 */
export function placeKindsIfMixed(
  lines: readonly { place: string; geography: string }[],
): { place: string; kind: GeographyKind }[] {
  if (differingKinds(lines.map((l) => l.geography)).length === 0) return [];
  return lines.flatMap((l) => {
    const kind = geographyKind(l.geography);
    return kind ? [{ place: l.place, kind }] : [];
  });
}
