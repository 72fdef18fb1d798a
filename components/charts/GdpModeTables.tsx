'use client';

import { useLocale, useTranslations } from 'next-intl';
import { usePlaceName } from '@/components/atlas/use-atlas-data';
import type { Growth, IndexedLine, IndexedPoint } from '@/lib/charts/growth';
import type { Point } from '@/lib/charts/shape';
import { formatNumber, formatValue } from '@/lib/format/numbers';
import { percent } from './gdp-growth-parts';
import { markOf } from './marks';

/** How firm an indexed figure or a rate is, in words: its mark, which way a bound may be off, and breaks. */
function useMarkWords() {
  const t = useTranslations('charts');
  return (item: IndexedPoint | Growth, boundKey: 'bound' | 'growthBound') => {
    const mark = markOf(item);
    return [
      mark === 'published' ? '' : t(`markLabels.${mark}`),
      item.bound === 'exact' ? '' : t(`mode.${boundKey}.${item.bound}`),
      item.breaks.length > 0 ? t('mode.acrossBreak', { years: item.breaks.join(', ') }) : '',
    ]
      .filter(Boolean)
      .join(' ');
  };
}

/** A figure as its source prints it, in its own currency: what an index or rate is computed from. */
const sourceFigure = (point: Point | null, locale: 'en' | 'zh') =>
  point?.original.value == null
    ? ''
    : `${point.year} · ${formatValue(point.original.value, point.original.unit, locale, point.qualifier)}`;

function Scroll({ caption, children }: { caption: string; children: React.ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable regions need focus (WCAG 2.1.1).
    <section className="table-scroll" tabIndex={0} aria-label={caption}>
      <table className="stat-table">
        <caption>{caption}</caption>
        {children}
      </table>
    </section>
  );
}

/** The indexed chart as a table: every year of every line, gaps with why. */
export function IndexTable({ lines }: { lines: readonly IndexedLine[] }) {
  const t = useTranslations('charts');
  const locale = useLocale();
  const nameOf = usePlaceName();
  const words = useMarkWords();
  return (
    <Scroll caption={t('mode.indexCaption')}>
      <thead>
        <tr>
          <th scope="col">{t('tableHead.place')}</th>
          <th scope="col">{t('tableHead.geography')}</th>
          <th scope="col">{t('tableHead.year')}</th>
          <th scope="col">{t('mode.tableHead.index')}</th>
          <th scope="col">{t('mode.tableHead.marks')}</th>
        </tr>
      </thead>
      <tbody>
        {lines.flatMap((line) =>
          line.points.map((point) => (
            <tr key={`${line.place}-${point.year}`} data-place={line.place} data-year={point.year}>
              <th scope="row">{nameOf(line.place)}</th>
              <td>{line.geographyName[locale]}</td>
              <td>{point.year}</td>
              <td data-value={point.index ?? ''}>
                {point.index === null
                  ? t(`mode.gap.${point.gap ?? 'no_figure'}`)
                  : `${formatNumber(point.index, 'count', locale, 1)} (${line.baseYear} = 100)`}
              </td>
              <td>{point.index === null ? point.gapNote : words(point, 'bound')}</td>
            </tr>
          )),
        )}
      </tbody>
    </Scroll>
  );
}

/** The growth chart as a table: each rate with the two figures it is computed from. */
export function GrowthTable({ rates, from, to }: { rates: readonly Growth[]; from: number; to: number }) {
  const t = useTranslations('charts');
  const locale = useLocale();
  const nameOf = usePlaceName();
  const words = useMarkWords();
  return (
    <Scroll caption={t('mode.growthCaption', { from, to })}>
      <thead>
        <tr>
          <th scope="col">{t('tableHead.place')}</th>
          <th scope="col">{t('tableHead.geography')}</th>
          <th scope="col">{t('mode.tableHead.from')}</th>
          <th scope="col">{t('mode.tableHead.to')}</th>
          <th scope="col">{t('mode.tableHead.rate')}</th>
          <th scope="col">{t('mode.tableHead.marks')}</th>
        </tr>
      </thead>
      <tbody>
        {rates.map((growth) => (
          <tr key={growth.place} data-place={growth.place}>
            <th scope="row">{nameOf(growth.place)}</th>
            <td>{growth.geographyName[locale]}</td>
            <td>{sourceFigure(growth.first, locale)}</td>
            <td>{growth.rate === null ? '' : sourceFigure(growth.last, locale)}</td>
            <td data-value={growth.rate ?? ''}>
              {growth.rate === null
                ? t(`mode.growthGap.${growth.gap ?? 'too_few_figures'}`)
                : percent(growth.rate, locale)}
            </td>
            <td>{growth.rate === null ? '' : words(growth, 'growthBound')}</td>
          </tr>
        ))}
      </tbody>
    </Scroll>
  );
}
