import { statsToJson } from '@/lib/api/server/stats-output';
import { comparisonSentence } from '@/lib/charts/comparison-sentence';
import { comparisonText } from '@/lib/charts/comparison-text';
import { chartQueries, chartRange, GDP_PLACES } from '@/lib/charts/panels';
import type { Dataset } from '@/lib/data/load';
import { findMarkedStats } from '@/lib/data/series-marks';
import type { Locale } from '@/lib/domain';
import { translatorFor } from '@/lib/i18n/translator';
import type { Scene } from './parsers';

/**
 * The GDP panel's comparison sentence for a view, made on the server from the same query
 * the panel asks the API, for what shows the view without the panel (the embed, the preview image).
 */
export function viewComparisonText(state: Scene, dataset: Dataset, locale: Locale): string {
  const params = chartQueries.gdp(state);
  const answer = statsToJson(dataset, findMarkedStats(dataset, { ...params, places: [...params.places] }));
  const range = chartRange(state.years);
  const t = translatorFor(locale);
  return comparisonText(comparisonSentence(state.compare, answer.series, range, GDP_PLACES), {
    say: (key, values) => t(key, values),
    locale,
    nameOf: (id) => dataset.places.find((p) => p.id === id)?.name[locale] ?? id,
    unit: answer.unit,
    range,
  });
}
