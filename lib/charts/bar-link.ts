/** Enough of a link to place it on the cooperation chart: its year and kind. */
type YearKind = { id: string; properties: { year: number; kind: string } };

/** The links of one year, in the order given: what the chart's tooltip lists for a year. */
export function linksInYear<L extends YearKind>(links: readonly L[], year: number): L[] {
  return links.filter((link) => link.properties.year === year);
}

/**
 * The link a bar stands for: one bar is one year and kind, and it speaks for a link
 * (hover highlights it, a click selects it) only when it counts exactly one. A bar of
 * several would have to pick one of them at random, so it stands for none.
 */
export function linkOfBar<L extends YearKind>(links: readonly L[], year: number, kind: string): L | null {
  const [only, ...others] = links.filter(
    (link) => link.properties.year === year && link.properties.kind === kind,
  );
  return only && others.length === 0 ? only : null;
}
