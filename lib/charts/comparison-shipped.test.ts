import { describe, expect, it } from 'vitest';
import { statsToJson } from '@/lib/api/server/stats-output';
import { getDataset } from '@/lib/data/load';
import { findMarkedStats } from '@/lib/data/series-marks';
import { COMPARE_MODES, CURRENCIES, LOCALES, type YearRange } from '@/lib/domain';
import { translatorFor } from '@/lib/i18n/translator';
import { FIRST_YEAR, LAST_YEAR } from '@/lib/view/parsers';
import { comparisonSentence, namedPlaces } from './comparison-sentence';
import { comparisonText } from './comparison-text';
import { chartQueries, chartRange, GDP_PLACES } from './panels';
import { comparisonYear } from './shape';

/** The shipped data: the sentence for every year range a URL can hold, in both currencies and all modes. */
describe('the comparison sentence over the shipped data', () => {
  const dataset = getDataset();
  const ranges: YearRange[] = [];
  for (let from = FIRST_YEAR; from <= LAST_YEAR; from += 1)
    for (let to = from; to <= LAST_YEAR; to += 1) ranges.push([from, to]);

  const translators = { en: translatorFor('en'), zh: translatorFor('zh') };

  it.each(CURRENCIES)(
    'is supported by the figures for every range, in %s',
    { timeout: 60_000 },
    (currency) => {
      const seen = new Set<string>();
      for (const years of [null, ...ranges]) {
        // The panel asks for the range held inside the chart years: one answer per such range.
        const range = chartRange(years);
        const key = range.join('-');
        if (seen.has(key)) continue;
        seen.add(key);
        const params = chartQueries.gdp({ years, currency });
        const answer = statsToJson(
          dataset,
          findMarkedStats(dataset, { ...params, places: [...params.places] }),
        );
        for (const mode of COMPARE_MODES) {
          const sentence = comparisonSentence(mode, answer.series, range, GDP_PLACES);
          for (const place of namedPlaces(sentence)) {
            const figures = answer.series
              .filter((s) => s.place === place)
              .flatMap((s) => s.points)
              .filter((p) => p.year !== null && p.year >= range[0] && p.year <= range[1])
              .filter((p) => (mode === 'levels' ? p.value : p.original.value) !== null);
            expect(figures.length, `${mode} ${key} ${place}`).toBeGreaterThanOrEqual(
              mode === 'levels' ? 1 : 2,
            );
          }
          // The claim is about converted figures only in levels.
          const converted = sentence.caveats.some((c) => c.kind === 'converted');
          if (mode !== 'levels') expect(converted).toBe(false);
          for (const locale of LOCALES) {
            const t = translators[locale];
            const text = comparisonText(sentence, {
              say: (k, v) => t(k, v),
              locale,
              nameOf: (id) => dataset.places.find((p) => p.id === id)?.name[locale] ?? id,
              unit: answer.unit,
              range,
            });
            expect(text).not.toMatch(/[{}]|undefined|NaN/);
            for (const place of GDP_PLACES) {
              const name = dataset.places.find((p) => p.id === place)?.name[locale] ?? place;
              if (!namedPlaces(sentence).includes(place))
                expect(text, `${locale} ${mode} ${key}`).not.toContain(name);
            }
          }
        }
      }
    },
  );

  it.each(CURRENCIES)(
    'the per-capita sentence is about the bars shown, for every range, in %s',
    (currency) => {
      for (const years of [null, ...ranges]) {
        const range = chartRange(years);
        const params = chartQueries.gdppc({ years, currency });
        const answer = statsToJson(
          dataset,
          findMarkedStats(dataset, { ...params, places: [...params.places] }),
        );
        const sentence = comparisonSentence('levels', answer.series, range, GDP_PLACES, 'gdp_per_capita');
        const { year, bars } = comparisonYear(answer.series);
        const { claim } = sentence;
        // The sentence speaks of the year the bars show, and names only a place with a bar.
        if (claim.kind === 'leader' || claim.kind === 'single') {
          expect(claim.figure.years[0], `${range}`).toBe(year);
          expect(bars.map((b) => b.place)).toContain(claim.figure.place);
        }
        if (claim.kind === 'undecided') expect(claim.year).toBe(year);
        if (bars.length === 0) expect(claim.kind).toBe('nothing');
        for (const locale of LOCALES) {
          const t = translators[locale];
          const text = comparisonText(sentence, {
            say: (k, v) => t(k, v),
            locale,
            nameOf: (id) => dataset.places.find((p) => p.id === id)?.name[locale] ?? id,
            unit: answer.unit,
            range,
          });
          expect(text).not.toMatch(/[{}]|undefined|NaN/);
          for (const place of GDP_PLACES) {
            const name = dataset.places.find((p) => p.id === place)?.name[locale] ?? place;
            if (!namedPlaces(sentence).includes(place))
              expect(text, `${locale} ${range}`).not.toContain(name);
          }
        }
      }
    },
  );

  it('says what the default view supports', () => {
    const params = chartQueries.gdp({ years: null, currency: 'USD' });
    const answer = statsToJson(dataset, findMarkedStats(dataset, { ...params, places: [...params.places] }));
    const levels = comparisonSentence('levels', answer.series, chartRange(null), GDP_PLACES);
    expect(levels.caveats.map((c) => c.kind)).toEqual(expect.arrayContaining(['geographies', 'converted']));
    const growth = comparisonSentence('growth', answer.series, chartRange(null), GDP_PLACES);
    expect(growth.caveats.map((c) => c.kind)).toEqual(
      expect.arrayContaining(['geographies', 'lowerBound', 'periods']),
    );
  });
});
