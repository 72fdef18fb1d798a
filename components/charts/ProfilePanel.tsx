'use client';

import { useQuery } from '@tanstack/react-query';
import { useAtlasData } from '@/components/atlas/use-atlas-data';
import { useView } from '@/components/atlas/view';
import { type PlaceProfile, placeProfileQuery } from '@/lib/api/query-options';
import { profilePlaceId } from '@/lib/charts/panels';
import { METRIC_LABEL } from '@/lib/format/labels';
import { formatValue } from '@/lib/format/numbers';
import { ChartPanel } from './ChartPanel';
import { statusWord } from './marks';

type Figure = PlaceProfile['latest'][number];

function FigureList({ figures, label }: { figures: readonly Figure[]; label: string }) {
  const { sourceById } = useAtlasData();
  return (
    <table className="stat-table profile-table">
      <caption>{label}</caption>
      <thead>
        <tr>
          <th scope="col">Figure</th>
          <th scope="col">Value</th>
          <th scope="col">Year</th>
          <th scope="col">Status</th>
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        {figures.map((figure) => (
          <tr key={`${figure.metric}-${figure.geography}-${figure.year}`} data-metric={figure.metric}>
            <th scope="row">
              {METRIC_LABEL[figure.metric].en}
              <div className="meta">{figure.geography}</div>
            </th>
            <td>
              {figure.value === null
                ? 'no citable figure'
                : formatValue(figure.value, figure.unit, 'en', figure.qualifier)}
            </td>
            <td>{figure.year ?? '—'}</td>
            <td>{statusWord(figure)}</td>
            <td>{sourceById.get(figure.source)?.publisher ?? figure.source}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Panel 5: the selected place's key figures, each with year, unit, status and source. */
export function ProfilePanel() {
  const [view] = useView();
  const { placeById, linkById } = useAtlasData();
  const selection = view.selection;
  const placeId = profilePlaceId(selection, (id) => linkById.get(id)?.properties.to);
  const query = useQuery({ ...placeProfileQuery(placeId ?? '', view.currency), enabled: placeId !== null });
  const name = placeId ? (placeById.get(placeId)?.properties.name_en ?? placeId) : '';
  const profile = query.data;
  const documentYears = [...new Set(profile?.fromSourceDocument.map((f) => f.year) ?? [])].join(', ');
  const content = profile ? (
    <div className="profile">
      {profile.fromSourceDocument.length > 0 ? (
        <FigureList
          figures={profile.fromSourceDocument}
          label={`As its source document reported (${documentYears})`}
        />
      ) : null}
      <FigureList figures={profile.latest} label="Latest figures" />
    </div>
  ) : null;

  return (
    <ChartPanel
      id="profile"
      title={placeId ? `Profile: ${name}` : 'Place profile'}
      subtitle={
        selection?.type === 'link' && placeId
          ? 'the place the selected link goes to'
          : 'key figures with their sources'
      }
      csvHref={placeId ? `/api/places/${placeId}?currency=${view.currency}&format=csv` : undefined}
      state={
        placeId === null
          ? 'empty'
          : query.isPending
            ? 'loading'
            : query.isError
              ? 'error'
              : profile && profile.latest.length + profile.fromSourceDocument.length > 0
                ? 'ready'
                : 'empty'
      }
      emptyMessage={
        placeId === null
          ? 'Select a place on the map or in the list to see its key figures.'
          : `No figures for ${name}.`
      }
      chart={content}
      table={content}
      tableOnly
    />
  );
}
