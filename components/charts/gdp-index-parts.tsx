'use client';

import { useLocale, useTranslations } from 'next-intl';
import { usePlaceName } from '@/components/atlas/use-atlas-data';
import type { IndexedLine, IndexedPoint } from '@/lib/charts/growth';
import { formatNumber } from '@/lib/format/numbers';
import { FALLBACK_PLACE_COLOUR, PLACE_COLOURS } from '@/lib/palette';
import { Mark, markOf } from './marks';

type DotProps = { cx?: number; cy?: number; payload?: { year: number } };

const colourOf = (place: string) => PLACE_COLOURS[place] ?? FALLBACK_PLACE_COLOUR;

const pointOf = (lines: readonly IndexedLine[], place: string, year: number | undefined) =>
  lines.find((l) => l.place === place)?.points.find((p) => p.year === year);

/** An index's dot, marked by the weaker of its figure and its base's; a gap draws nothing. */
export const indexDot = (place: string, lines: readonly IndexedLine[]) => (props: DotProps) => {
  const point = pointOf(lines, place, props.payload?.year);
  if (!point || point.index === null || props.cx === undefined || props.cy === undefined)
    return <g key={`${place}-none-${props.payload?.year}`} />;
  return (
    <g key={`${place}-${point.year}`} data-focus-place={place}>
      <Mark kind={markOf(point)} x={props.cx} y={props.cy} colour={colourOf(place)} />
    </g>
  );
};

/** What one indexed figure rests on: its base, how firm both are, and any break it spans. */
export function IndexDetails({ line, point }: { line: IndexedLine; point: IndexedPoint }) {
  const t = useTranslations('charts');
  const locale = useLocale();
  const nameOf = usePlaceName();
  const mark = markOf(point);
  return (
    <div className="point-details">
      <strong>{nameOf(line.place)}</strong> · {point.year}
      <div>
        {point.index === null
          ? t(`mode.gap.${point.gap ?? 'no_figure'}`)
          : t('mode.indexValue', {
              index: formatNumber(point.index, 'count', locale, 1),
              base: String(line.baseYear),
            })}
        {point.index === null || mark === 'published' ? '' : ` — ${t(`markLabels.${mark}`)}`}
      </div>
      {point.index !== null && point.bound !== 'exact' ? (
        <div className="meta">{t(`mode.bound.${point.bound}`)}</div>
      ) : null}
      {point.breaks.length > 0 ? (
        <div className="meta">{t('mode.acrossBreak', { years: point.breaks.join(', ') })}</div>
      ) : null}
      {point.index === null && point.gapNote ? <div className="meta">{point.gapNote}</div> : null}
      <div className="meta">{line.geographyName[locale]}</div>
    </div>
  );
}

/** A year's indexed figures, gaps included, for every place the chart draws. */
export function IndexTooltip({ year, lines }: { year: number; lines: readonly IndexedLine[] }) {
  const here = lines.flatMap((line) => {
    const point = line.points.find((p) => p.year === year);
    return point && line.baseYear !== null ? [{ line, point }] : [];
  });
  if (here.length === 0) return null;
  return (
    <div className="chart-tooltip">
      {here.map(({ line, point }) => (
        <IndexDetails key={line.place} line={line} point={point} />
      ))}
    </div>
  );
}
