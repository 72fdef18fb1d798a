import type { Dataset } from './load';

function duplicates(ids: readonly string[]): string[] {
  return ids.filter((id, index) => ids.indexOf(id) !== index);
}

/**
 * Cross-file checks that a schema cannot express: every reference resolves,
 * every source is cited, and no place is its own ancestor.
 */
export function findIntegrityProblems({
  places,
  links,
  stats,
  sources,
  rates,
  geographies,
}: Dataset): string[] {
  const problems: string[] = [];
  const placeIds = new Set(places.map((p) => p.id));
  const sourceIds = new Set(sources.map((s) => s.id));
  const cited = new Set<string>();

  const cite = (where: string, id: string) => {
    cited.add(id);
    if (!sourceIds.has(id)) problems.push(`${where} cites unknown source "${id}"`);
  };
  const placeMustExist = (where: string, id: string) => {
    if (!placeIds.has(id)) problems.push(`${where} names unknown place "${id}"`);
  };

  for (const id of duplicates(places.map((p) => p.id))) problems.push(`place id "${id}" is used twice`);
  for (const id of duplicates(links.map((l) => l.id))) problems.push(`link id "${id}" is used twice`);
  for (const id of duplicates(sources.map((s) => s.id))) problems.push(`source id "${id}" is used twice`);

  const parentOf = new Map(places.map((p) => [p.id, p.parent]));
  for (const place of places) {
    if (place.parent !== null) placeMustExist(`place ${place.id} (parent)`, place.parent);
    cite(`place ${place.id} (coordinates)`, place.coordinates.source);
    const visited = new Set([place.id]);
    for (let up = place.parent; up !== null && up !== undefined; up = parentOf.get(up) ?? null) {
      if (visited.has(up)) {
        problems.push(`place ${place.id} is its own ancestor`);
        break;
      }
      visited.add(up);
    }
  }

  for (const link of links) {
    placeMustExist(`link ${link.id} (from)`, link.from);
    placeMustExist(`link ${link.id} (to)`, link.to);
    if (link.venue !== null) placeMustExist(`link ${link.id} (venue)`, link.venue);
    if (link.from === link.to) problems.push(`link ${link.id} joins a place to itself`);
    for (const id of link.sources) cite(`link ${link.id}`, id);
    for (const term of link.terms) cite(`link ${link.id} (term)`, term.source);
  }

  const named = new Set(geographies.map((g) => g.en));
  for (const name of duplicates(geographies.map((g) => g.en)))
    problems.push(`geography "${name}" is named twice`);
  stats.forEach((stat, index) => {
    const where = `stats.csv row ${index + 2}`;
    placeMustExist(where, stat.place);
    cite(where, stat.source);
    if (!named.has(stat.geography))
      problems.push(`${where}: geography "${stat.geography}" has no entry in geographies.json`);
  });

  const rateKeys = rates.map((r) => `${r.series} ${r.year}`);
  for (const key of duplicates(rateKeys)) problems.push(`exchange rate "${key}" is listed twice`);
  for (const rate of rates) cite(`exchange rate ${rate.series} ${rate.year}`, rate.source);

  for (const source of sources) {
    if (!cited.has(source.id)) problems.push(`source "${source.id}" is cited by nothing`);
    if (source.kind === 'seed_document' && source.file === null) {
      problems.push(`source "${source.id}" is a seed document without a file name`);
    }
  }
  return problems;
}
