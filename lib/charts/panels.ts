import type { StatsParams } from '@/lib/api/client/query-options';
import { type Currency, type Selection, type YearRange, yearRangeOverlap } from '@/lib/domain';
import { CHART_YEARS } from './shape';

/** The places whose economies the charts compare. */
export const GDP_PLACES = ['shanghai', 'suzhou', 'shaoxing', 'boston'] as const;

/** The parks and zones the area chart compares, with the Boston figure the data supports. */
export const AREA_PLACES = ['zhangjiang', 'lingang', 'suzhou-industrial-park', 'boston'] as const;

/**
 * The view's year range, held inside the years the charts cover; a range wholly
 * outside them stays as it is, so the charts say they have nothing for it.
 */
export function chartRange(years: YearRange | null): YearRange {
  if (!years) return CHART_YEARS;
  return yearRangeOverlap(years, CHART_YEARS) ?? years;
}

type ChartView = { years: YearRange | null; currency: Currency };

/** The API queries behind the charts, built once so that server prefetch and client ask the same thing. */
export const chartQueries = {
  gdp: (view: ChartView): StatsParams => {
    const [from, to] = chartRange(view.years);
    return { metric: 'gdp', places: GDP_PLACES, currency: view.currency, from, to };
  },
  gdppc: (view: ChartView): StatsParams => {
    const [from, to] = chartRange(view.years);
    return { metric: 'gdp_per_capita', places: GDP_PLACES, currency: view.currency, from, to };
  },
  area: (view: ChartView): StatsParams => ({
    metric: 'park_area',
    places: AREA_PLACES,
    currency: view.currency,
  }),
};

/** Whose profile the profile panel shows: the selected place, or where the selected link goes. */
export function profilePlaceId(
  selection: Selection | null,
  linkTo: (linkId: string) => string | undefined,
): string | null {
  if (!selection) return null;
  return selection.type === 'place' ? selection.id : (linkTo(selection.id) ?? null);
}
