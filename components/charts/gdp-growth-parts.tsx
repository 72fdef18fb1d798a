'use client';

import { useLocale, useTranslations } from 'next-intl';
import { usePlaceName } from '@/components/atlas/use-atlas-data';
import type { Growth } from '@/lib/charts/growth';
import type { Locale } from '@/lib/domain';
import { INTL_LOCALE } from '@/lib/i18n/localized';
import { Mark, markOf } from './marks';

/** A growth rate (0.071) as the reader's language writes a percentage. */
export const percent = (rate: number, locale: Locale, digits = 1) =>
  new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'percent', maximumFractionDigits: digits }).format(
    rate,
  );

/** What one growth rate rests on: its years, how firm its two figures are, any break between them. */
export function GrowthDetails({ growth }: { growth: Growth }) {
  const t = useTranslations('charts');
  const locale = useLocale();
  const nameOf = usePlaceName();
  const mark = markOf(growth);
  return (
    <div className="point-details">
      <strong>{nameOf(growth.place)}</strong>
      {growth.years ? ` · ${t('mode.growthYears', { from: growth.years[0], to: growth.years[1] })}` : ''}
      <div>
        {growth.rate === null
          ? t(`mode.growthGap.${growth.gap ?? 'too_few_figures'}`)
          : t('sentence.rate', { rate: percent(growth.rate, locale) })}
        {growth.rate === null || mark === 'published' ? '' : ` — ${t(`markLabels.${mark}`)}`}
      </div>
      {growth.rate !== null && growth.bound !== 'exact' ? (
        <div className="meta">{t(`mode.growthBound.${growth.bound}`)}</div>
      ) : null}
      {growth.breaks.length > 0 ? (
        <div className="meta">{t('mode.acrossBreak', { years: growth.breaks.join(', ') })}</div>
      ) : null}
      <div className="meta">{growth.geographyName[locale]}</div>
    </div>
  );
}

type LabelProps = {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  index?: number;
};

/** Each bar's rate and, under it, its years, written after its end with the mark of its weaker figure. */
export function growthLabel(
  data: readonly (Growth & { value: number })[],
  colourOf: (place: string) => string,
  labelOf: (growth: Growth) => readonly [rate: string, years: string],
) {
  return ({ x, y, width, height, index }: LabelProps) => {
    const bar = data[index ?? -1];
    if (!bar || bar.rate === null || x === undefined || y === undefined || width === undefined) return null;
    const end = Math.max(Number(x), Number(x) + Number(width));
    const middle = Number(y) + Number(height ?? 0) / 2;
    return (
      <g key={bar.place} data-focus-place={bar.place}>
        <Mark kind={markOf(bar)} x={end + 8} y={middle} colour={colourOf(bar.place)} size={4} />
        <text x={end + 16} y={middle - 6} dominantBaseline="central" fontSize={11} fill="#1b2430">
          {labelOf(bar)[0]}
        </text>
        <text x={end + 16} y={middle + 7} dominantBaseline="central" fontSize={10} fill="#4a5565">
          {labelOf(bar)[1]}
        </text>
      </g>
    );
  };
}
