import type { Stat } from './schema';
import { METRIC_QUANTITY, sourceUnitCurrency, tidy, toDisplayScale } from './units';

const keyOf = (s: Stat) => `${s.place}\u0000${s.geography}\u0000${s.year}`;

/**
 * GDP per capita where no source prints it: GDP divided by the resident population
 * of the same place, geography and year, both exact and citable. Marked derived,
 * with both sources named in the note. Official per-capita figures divide by the
 * year's average population, so where both exist the official one is used.
 */
export function derivePerCapita(stats: readonly Stat[]): Stat[] {
  const population = new Map(
    stats
      .filter(
        (s) => s.metric === 'population' && s.value !== null && s.qualifier === 'exact' && s.year !== null,
      )
      .filter((s) => s.vintage !== 'superseded')
      .map((s) => [keyOf(s), s]),
  );
  const derived: Stat[] = [];
  for (const gdp of stats) {
    if (gdp.metric !== 'gdp' || gdp.value === null || gdp.qualifier !== 'exact' || gdp.year === null)
      continue;
    if (gdp.vintage === 'superseded') continue;
    const people = population.get(keyOf(gdp));
    const currency = sourceUnitCurrency(gdp.unit);
    if (!people || people.value === null || currency === null) continue;
    const money = toDisplayScale(gdp.value, gdp.unit, 'money');
    const persons = toDisplayScale(people.value, people.unit, METRIC_QUANTITY.population);
    derived.push({
      place: gdp.place,
      metric: 'gdp_per_capita',
      year: gdp.year,
      value: tidy(money / persons),
      qualifier: 'exact',
      unit: currency,
      geography: gdp.geography,
      vintage: gdp.vintage,
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
