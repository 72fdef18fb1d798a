/** A link's arc group as lib/map/arcs.ts builds it: every link the map draws as one arc. */
type ArcGroup<L> = { members: readonly L[] };

/**
 * The other links drawn on the same arc as this one, in the group's order (latest
 * first): the details of any of them list the others, so none hides under the arc.
 * None when the link shares its arc with nobody or is not drawn (outside the years).
 */
export function othersOnArc<L extends { id: string }>(
  linkId: string,
  groupOf: ReadonlyMap<string, ArcGroup<L>>,
): L[] {
  return (groupOf.get(linkId)?.members ?? []).filter((member) => member.id !== linkId);
}
