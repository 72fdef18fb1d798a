import type { Qualifier, Stat } from './schema';
import { METRIC_QUANTITY, sourceUnitCurrency, tidy, toDisplayScale } from './units';

const keyOf = (s: Stat) => `${s.place}\u0000${s.geography}\u0000${s.year}`;

/**
 * The qualifier of a quotient, from those of its numerator and denominator, or null
 * where nothing can be said: "over N" divided by an exact figure is still "over", but
 * divided by an approximate one it could be anything; "about" spreads to the result.
 */
export function quotientQualifier(numerator: Qualifier, denominator: Qualifier): Qualifier | null {
  if (denominator === 'more_than') return null;
  if (numerator === 'more_than') return denominator === 'exact' ? 'more_than' : null;
  return numerator === 'about' || denominator === 'about' ? 'about' : 'exact';
}

/**
 * GDP per capita where no source prints it: GDP divided by the resident population
 * of the same place, geography and year, both citable. Marked derived, with both
 * sources named in the note; it inherits the qualifier of its inputs and the basis
 * (estimate or census) of the population. Official per-capita figures divide by the
 * year's average population, so where both exist the official one is used.
 */
export function derivePerCapita(stats: readonly Stat[]): Stat[] {
  const population = new Map(
    stats
      .filter((s) => s.metric === 'population' && s.value !== null && s.year !== null)
      .filter((s) => s.vintage !== 'superseded')
      .map((s) => [keyOf(s), s]),
  );
  const derived: Stat[] = [];
  for (const gdp of stats) {
    if (gdp.metric !== 'gdp' || gdp.value === null || gdp.year === null) continue;
    if (gdp.vintage === 'superseded') continue;
    const people = population.get(keyOf(gdp));
    const currency = sourceUnitCurrency(gdp.unit);
    if (!people || people.value === null || currency === null) continue;
    const qualifier = quotientQualifier(gdp.qualifier, people.qualifier);
    if (qualifier === null) continue;
    const money = toDisplayScale(gdp.value, gdp.unit, 'money');
    const persons = toDisplayScale(people.value, people.unit, METRIC_QUANTITY.population);
    derived.push({
      place: gdp.place,
      metric: 'gdp_per_capita',
      year: gdp.year,
      yearStatus: gdp.yearStatus,
      value: tidy(money / persons),
      qualifier,
      unit: currency,
      geography: gdp.geography,
      vintage: gdp.vintage,
      basis: people.basis,
      release: gdp.release,
      status: 'derived',
      source: gdp.source,
      note: `Derived: GDP (source ${gdp.source}) ÷ resident population ${people.year} (source ${people.source}); ${people.note}`.slice(
        0,
        400,
      ),
    });
  }
  return derived;
}
