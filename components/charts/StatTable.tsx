'use client';

import { useAtlasData } from '@/components/atlas/use-atlas-data';
import type { Point } from '@/lib/charts/shape';
import { formatValue } from '@/lib/format/numbers';
import { statusWord } from './marks';

export type TableRow = { place: string; geography: string; point: Point };

/** The accessible equivalent of a chart: the same figures, with status and source. */
export function StatTable({ caption, rows }: { caption: string; rows: readonly TableRow[] }) {
  const { placeById, sourceById } = useAtlasData();
  return (
    <div className="table-scroll">
      <table className="stat-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Place</th>
            <th scope="col">Geography</th>
            <th scope="col">Year</th>
            <th scope="col">Value</th>
            <th scope="col">Status</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ place, geography, point }) => (
            <tr key={`${place}-${geography}-${point.year}`} data-place={place} data-year={point.year ?? ''}>
              <th scope="row">{placeById.get(place)?.properties.name_en ?? place}</th>
              <td>{geography}</td>
              <td>{point.year ?? '—'}</td>
              <td data-value={point.value ?? ''}>
                {point.value === null
                  ? 'no citable figure'
                  : formatValue(point.value, point.unit, 'en', point.qualifier)}
              </td>
              <td>{statusWord(point)}</td>
              <td>{sourceById.get(point.source)?.publisher ?? point.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
