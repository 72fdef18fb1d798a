import { containsPassage } from './documents';
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
  organizations,
  documents,
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

  const organizationIds = new Set(organizations.map((o) => o.id));
  for (const id of duplicates(organizations.map((o) => o.id)))
    problems.push(`organization id "${id}" is used twice`);
  const organizationParent = new Map(organizations.map((o) => [o.id, o.parent]));
  for (const organization of organizations) {
    const where = `organization ${organization.id}`;
    for (const id of organization.sources) cite(where, id);
    if (organization.parent !== null && !organizationIds.has(organization.parent))
      problems.push(`${where} names unknown parent organization "${organization.parent}"`);
    if (organization.seat !== null) {
      cite(`${where} (seat)`, organization.seat.source);
      if ('place' in organization.seat) placeMustExist(`${where} (seat)`, organization.seat.place);
    }
    const visited = new Set([organization.id]);
    for (
      let up = organization.parent;
      up !== null && up !== undefined;
      up = organizationParent.get(up) ?? null
    ) {
      if (visited.has(up)) {
        problems.push(`${where} is its own ancestor`);
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
    for (const actor of link.actors) {
      cite(`link ${link.id} (actor ${actor.organization})`, actor.source);
      if (!organizationIds.has(actor.organization))
        problems.push(`link ${link.id} names unknown organization "${actor.organization}"`);
    }
    // The arc starts where the body that set the cooperation up sits, not at a place it owns.
    const founder = link.actors.find((a) => a.role === 'set_up');
    const founderSeat = organizations.find((o) => o.id === founder?.organization)?.seat;
    if (founderSeat && 'place' in founderSeat && founderSeat.place !== link.from)
      problems.push(
        `link ${link.id} starts at "${link.from}", not at "${founderSeat.place}" where its founder ${founder?.organization} sits`,
      );
    if (link.status.source !== null) cite(`link ${link.id} (status)`, link.status.source);
    for (const event of link.events) cite(`link ${link.id} (event ${event.date})`, event.source);
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

  const documentById = new Map(documents.map((d) => [d.id, d]));
  for (const id of duplicates(documents.map((d) => d.id))) problems.push(`document id "${id}" is used twice`);
  const documentsCited = new Set<string>();
  for (const source of sources) {
    if (!cited.has(source.id)) problems.push(`source "${source.id}" is cited by nothing`);
    if (source.kind === 'seed_document' && source.document === null) {
      problems.push(`source "${source.id}" is a seed document without a shipped document`);
    }
    if (source.document === null) continue;
    documentsCited.add(source.document);
    const document = documentById.get(source.document);
    if (!document) problems.push(`source "${source.id}" names unknown document "${source.document}"`);
    else if (!containsPassage(document.text, source.quote))
      problems.push(`source "${source.id}": its quote is not in document "${source.document}" word for word`);
  }
  for (const document of documents) {
    if (!documentsCited.has(document.id)) problems.push(`document "${document.id}" is cited by no source`);
  }
  return problems;
}
