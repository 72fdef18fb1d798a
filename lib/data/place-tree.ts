/**
 * The places' hierarchy (Shanghai holds Zhangjiang, Lin-gang and the convention centre),
 * built once per set of places and links, so that the API, the map, the charts and the
 * palette all mean the same thing by "inside" and "touching". Pure: it takes only ids,
 * so the server's dataset and the browser's GeoJSON from /api/places both feed it.
 */

/** What the tree needs of a place. */
export type PlaceNode = { readonly id: string; readonly parent: string | null };

/** What the tree needs of a link. */
export type LinkEnds = {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly venue: string | null;
};

export type PlaceTree<L extends LinkEnds = LinkEnds> = {
  /** The place directly above, or null for a top-level or unknown place. */
  parentOf: (id: string) => string | null;
  /** The place and every place above it, nearest first. */
  withAncestors: (id: string) => readonly string[];
  /** The top-level place a place belongs to (itself when it has no parent). */
  rootOf: (id: string) => string;
  /** The place and every place below it, at any depth. */
  withDescendants: (id: string) => ReadonlySet<string>;
  /**
   * The links that touch a place: those whose from, to or venue is the place or a place
   * below it. Selecting Shanghai keeps the Zhangjiang–Boston park; /api/links?place= means
   * the same. In the links' own order.
   */
  linksTouching: (id: string) => readonly L[];
};

function buildTree<L extends LinkEnds>(places: readonly PlaceNode[], links: readonly L[]): PlaceTree<L> {
  const parents = new Map<string, string | null>();
  const children = new Map<string, string[]>();
  for (const place of places) {
    parents.set(place.id, place.parent);
    if (place.parent === null) continue;
    const siblings = children.get(place.parent);
    if (siblings) siblings.push(place.id);
    else children.set(place.parent, [place.id]);
  }
  const parentOf = (id: string) => parents.get(id) ?? null;

  // The seen-checks stop a cycle in data nobody validated (the browser's) from looping forever.
  const withAncestors = (id: string) => {
    const chain = [id];
    for (let up = parentOf(id); up !== null && !chain.includes(up); up = parentOf(up)) chain.push(up);
    return chain;
  };

  const descendants = new Map<string, ReadonlySet<string>>();
  const withDescendants = (id: string) => {
    let found = descendants.get(id);
    if (!found) {
      const set = new Set([id]);
      for (const current of set) for (const child of children.get(current) ?? []) set.add(child);
      found = set;
      descendants.set(id, found);
    }
    return found;
  };

  const touching = new Map<string, readonly L[]>();
  const linksTouching = (id: string) => {
    let found = touching.get(id);
    if (!found) {
      const around = withDescendants(id);
      found = links.filter(
        (l) => around.has(l.from) || around.has(l.to) || (l.venue !== null && around.has(l.venue)),
      );
      touching.set(id, found);
    }
    return found;
  };

  return {
    parentOf,
    withAncestors,
    rootOf: (id) => withAncestors(id).at(-1) ?? id,
    withDescendants,
    linksTouching,
  };
}

/** A function of two objects, computed once per pair (held weakly, so dropped data is freed). */
function oncePerPair<A extends object, B extends object, R>(compute: (a: A, b: B) => R) {
  const results = new WeakMap<A, WeakMap<B, R>>();
  return (a: A, b: B): R => {
    let byB = results.get(a);
    if (!byB) {
      byB = new WeakMap();
      results.set(a, byB);
    }
    let result = byB.get(b);
    if (result === undefined) {
      result = compute(a, b);
      byB.set(b, result);
    }
    return result;
  };
}

const NO_LINKS: readonly LinkEnds[] = [];
const treeOf = oncePerPair((places: readonly PlaceNode[], links: readonly LinkEnds[]) =>
  buildTree(places, links),
);

/** The tree of these places and links, built once per pair of arrays (the dataset's are loaded once). */
export function placeTree<L extends LinkEnds = LinkEnds>(
  places: readonly PlaceNode[],
  links: readonly L[] = NO_LINKS as readonly L[],
): PlaceTree<L> {
  return treeOf(places, links) as PlaceTree<L>;
}

/** What the browser holds: /api/places and /api/links as GeoJSON (arcs or not). */
export type PlaceFeatures = { readonly features: readonly { properties: PlaceNode }[] };
export type LinkFeatures<L extends LinkEnds> = { readonly features: readonly { properties: L }[] };

const NO_LINK_FEATURES: LinkFeatures<LinkEnds> = { features: [] };
const featureTreeOf = oncePerPair((places: PlaceFeatures, links: LinkFeatures<LinkEnds>) =>
  buildTree(
    places.features.map((f) => f.properties),
    links.features.map((f) => f.properties),
  ),
);

/** The tree of GeoJSON places and links, built once per pair of collections. */
export function placeTreeOfFeatures<L extends LinkEnds = LinkEnds>(
  places: PlaceFeatures,
  links: LinkFeatures<L> = NO_LINK_FEATURES as LinkFeatures<L>,
): PlaceTree<L> {
  return featureTreeOf(places, links) as PlaceTree<L>;
}
