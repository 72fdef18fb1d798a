import type { LinkIndexProperties, LinkList } from '@/lib/api/contract/links';
import type { PlaceFeatureCollection } from '@/lib/api/contract/places';
import { EVIDENCE_GRADES, type EvidenceGrade } from '@/lib/domain';
import { type ArcGeometry, arcGeometry, type Position } from '@/lib/geo/great-circle';

/**
 * Links that would be drawn on top of one another: same places, same direction (or
 * both two-way), same kind and venue. The map draws each group once, wider with more
 * links, so that every link stays reachable (from the group's tooltip and details)
 * instead of hiding under the one drawn last. Members are latest first; the first is
 * the group's id on the map.
 */
export type LinkGroup = { id: string; members: LinkIndexProperties[] };

export type ArcProperties = Pick<
  LinkIndexProperties,
  'id' | 'from' | 'to' | 'mutual' | 'venue' | 'kind' | 'year'
> & {
  count: number;
  /** The evidence grade of the group's best-supported link: the map draws weaker arcs fainter. */
  grade: EvidenceGrade;
  /**
   * Where the arc sits among the arcs between the same two places, in lanes from the
   * middle (-0.5 and 0.5 for two arcs), signed along the arc's own direction; 0 alone.
   */
  lane: number;
};

export type ArcFeatureCollection = {
  type: 'FeatureCollection';
  features: { type: 'Feature'; id: string; geometry: ArcGeometry; properties: ArcProperties }[];
};

const groupKey = (link: LinkIndexProperties) =>
  [
    link.mutual ? [link.from, link.to].sort().join('~') : `${link.from}>${link.to}`,
    link.kind,
    link.venue ?? '',
  ].join('|');

const latestFirst = (a: LinkIndexProperties, b: LinkIndexProperties) =>
  a.date === b.date ? a.id.localeCompare(b.id) : a.date < b.date ? 1 : -1;

/** Groups the links that `keep` keeps (the view's filters); `groupOf` finds a link's group by its id. */
export function groupLinks(
  links: LinkList,
  keep: (link: LinkIndexProperties) => boolean,
): { groups: LinkGroup[]; groupOf: Map<string, LinkGroup> } {
  const byKey = new Map<string, LinkIndexProperties[]>();
  for (const { properties: link } of links.features) {
    if (!keep(link)) continue;
    const key = groupKey(link);
    const members = byKey.get(key);
    if (members) members.push(link);
    else byKey.set(key, [link]);
  }
  const groups: LinkGroup[] = [];
  const groupOf = new Map<string, LinkGroup>();
  for (const members of byKey.values()) {
    members.sort(latestFirst);
    const [first] = members;
    if (!first) continue;
    const group = { id: first.id, members };
    groups.push(group);
    for (const member of members) groupOf.set(member.id, group);
  }
  return { groups, groupOf };
}

/** The strongest grade among a group's links (strong before moderate before weak). */
export function strongestGrade(members: readonly Pick<LinkIndexProperties, 'grade'>[]): EvidenceGrade {
  const rank = Math.min(...members.map((m) => EVIDENCE_GRADES.indexOf(m.grade)));
  return EVIDENCE_GRADES[rank] ?? 'weak';
}

/**
 * The arcs the map draws, computed in the browser from the places' coordinates: the
 * same arcs /api/links serves, without sending them over the wire. A group whose end
 * is not among the places cannot be drawn and is left off the map (the list still
 * shows its links).
 */
export function groupArcs(
  groups: readonly LinkGroup[],
  places: PlaceFeatureCollection,
): ArcFeatureCollection {
  const positions = new Map<string, Position>(places.features.map((f) => [f.id, f.geometry.coordinates]));
  const features: ArcFeatureCollection['features'] = [];
  for (const { id, members } of groups) {
    const [link] = members;
    const from = link && positions.get(link.from);
    const to = link && positions.get(link.to);
    if (!link || !from || !to) continue;
    const { from: origin, to: destination, mutual, venue, kind, year } = link;
    features.push({
      type: 'Feature',
      id,
      geometry: arcGeometry(from, to),
      properties: {
        id,
        from: origin,
        to: destination,
        mutual,
        venue,
        kind,
        year,
        count: members.length,
        grade: strongestGrade(members),
        lane: 0,
      },
    });
  }
  return { type: 'FeatureCollection', features: withLanes(features) };
}

/**
 * Arcs of different groups between the same two places (say an agreement and a technology
 * transfer from Shanghai to Suzhou) would lie on one another, the one drawn last hiding
 * the other; each gets a lane, and the map offsets it sideways by its lane.
 */
export function withLanes<F extends { id: string; properties: ArcProperties }>(features: F[]): F[] {
  const pairKey = ({ properties: p }: F) => [p.from, p.to].sort().join('~');
  const byPair = new Map<string, F[]>();
  for (const feature of features)
    byPair.set(pairKey(feature), [...(byPair.get(pairKey(feature)) ?? []), feature]);
  return features.map((feature) => {
    const pair = (byPair.get(pairKey(feature)) ?? []).map((f) => f.id).sort();
    if (pair.length < 2) return feature;
    const lane = pair.indexOf(feature.id) - (pair.length - 1) / 2;
    // A line's offset is to its right as it runs; an arc running the other way flips its side.
    const forward = feature.properties.from <= feature.properties.to;
    return { ...feature, properties: { ...feature.properties, lane: forward ? lane : -lane } };
  });
}
