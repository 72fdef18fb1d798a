'use client';

import { useAtlasData } from '@/components/atlas/use-atlas-data';
import type { Point } from '@/lib/charts/shape';
import { formatValue } from '@/lib/format/numbers';
import { MARK_LABEL, markOf } from './marks';

/** Everything a reader needs to trust one figure: value and unit, year, geography, status, source and rate. */
export function PointDetails({ name, geography, point }: { name: string; geography: string; point: Point }) {
  const { sourceById } = useAtlasData();
  const source = sourceById.get(point.source);
  const mark = markOf(point);
  return (
    <div className="point-details">
      <strong>{name}</strong> · {point.year ?? 'undated'}
      <div>
        {point.value === null
          ? 'no citable figure'
          : formatValue(point.value, point.unit, 'en', point.qualifier)}
        {mark === 'published' || point.value === null ? '' : ` — ${MARK_LABEL[mark]}`}
      </div>
      <div className="meta">{geography}</div>
      {point.rate ? (
        <div className="meta">
          Converted at {point.rate.cnyPerUsd} yuan per US dollar ({point.rate.year} average,{' '}
          {point.rate.series === 'fed_g5a'
            ? 'Federal Reserve G.5A'
            : point.rate.series === 'pboc_central_parity'
              ? 'PBOC central parity'
              : 'implied by a statistical communiqué'}
          )
        </div>
      ) : null}
      <div className="meta">
        Source: {source ? `${source.publisher}${source.date ? `, ${source.date}` : ''}` : point.source}
      </div>
    </div>
  );
}
