import { getTranslations } from 'next-intl/server';
import type { Source } from '@/lib/data/schema';
import type { Locale } from '@/lib/domain';
import type { PlaceFigure } from '@/lib/entity/figures';
import { METRIC_LABEL } from '@/lib/format/labels';
import { axisUnit, formatNumber, QUALIFIER_WORDS } from '@/lib/format/numbers';
import { STATUS_MARK } from '@/lib/format/status';

/** A place's figures as a table the server draws: value, unit, year, geography, status and source apart. */
export async function PlaceFigures({
  name,
  figures,
  sourceById,
  locale,
}: {
  name: string;
  figures: readonly PlaceFigure[];
  sourceById: ReadonlyMap<string, Source>;
  locale: Locale;
}) {
  const t = await getTranslations('entity');
  return (
    <section aria-labelledby="entity-figures">
      <h2 id="entity-figures">{t('figures')}</h2>
      {figures.length === 0 ? (
        <p>{t('noFigures')}</p>
      ) : (
        // A wide table scrolls on its own on a phone; a scrolling region must take focus (WCAG 2.1.1).
        // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable regions need focus.
        <section className="entity-table" tabIndex={0} aria-labelledby="entity-figures-caption">
          <table className="stat-table" data-testid="place-figures">
            <caption id="entity-figures-caption">{t('figuresCaption', { place: name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('metric')}</th>
                <th scope="col">{t('year')}</th>
                <th scope="col">{t('value')}</th>
                <th scope="col">{t('unit')}</th>
                <th scope="col">{t('geography')}</th>
                <th scope="col">{t('status')}</th>
                <th scope="col">{t('source')}</th>
              </tr>
            </thead>
            <tbody>
              {figures.map((figure) => (
                <tr
                  key={`${figure.metric}-${figure.geography}-${figure.year}`}
                  data-metric={figure.metric}
                  data-year={figure.year ?? ''}
                >
                  <th scope="row">{METRIC_LABEL[figure.metric][locale]}</th>
                  <td>{figure.year ?? t('undated')}</td>
                  <td data-value={figure.value ?? ''}>
                    {figure.value === null
                      ? t('gap')
                      : `${QUALIFIER_WORDS[figure.qualifier][locale]}${formatNumber(figure.value, figure.unit, locale)}`}
                  </td>
                  <td>{axisUnit(figure.unit, locale)}</td>
                  <td>{figure.geographyName[locale]}</td>
                  <td>{STATUS_MARK[figure.status]?.[locale] ?? t('firm')}</td>
                  <td>
                    <a href={`#source-${figure.source}`}>
                      {sourceById.get(figure.source)?.publisher ?? figure.source}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </section>
  );
}
