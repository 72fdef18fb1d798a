'use client';

import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useAtlasData } from '@/components/atlas/use-atlas-data';
import { useView } from '@/components/atlas/view';
import { type PlaceProfile, placeProfileQuery } from '@/lib/api/client/query-options';
import { panelState } from '@/lib/charts/panel-state';
import { profilePlaceId } from '@/lib/charts/panels';
import { METRIC_LABEL } from '@/lib/format/labels';
import { formatValue } from '@/lib/format/numbers';
import { localized } from '@/lib/i18n/localized';
import { ChartPanel } from './ChartPanel';
import { statusWord } from './marks';

type Figure = PlaceProfile['latest'][number];

function FigureList({ figures, label }: { figures: readonly Figure[]; label: string }) {
  const t = useTranslations('charts');
  const locale = useLocale();
  const { sourceById } = useAtlasData();
  return (
    <table className="stat-table profile-table">
      <caption>{label}</caption>
      <thead>
        <tr>
          <th scope="col">{t('profile.figure')}</th>
          <th scope="col">{t('tableHead.value')}</th>
          <th scope="col">{t('tableHead.year')}</th>
          <th scope="col">{t('tableHead.status')}</th>
          <th scope="col">{t('tableHead.source')}</th>
        </tr>
      </thead>
      <tbody>
        {figures.map((figure) => (
          <tr key={`${figure.metric}-${figure.geography}-${figure.year}`} data-metric={figure.metric}>
            <th scope="row">
              {METRIC_LABEL[figure.metric][locale]}
              <div className="meta">{figure.geographyName[locale]}</div>
            </th>
            <td data-value={figure.value ?? ''}>
              {figure.value === null
                ? t('noFigure')
                : formatValue(figure.value, figure.unit, locale, figure.qualifier)}
            </td>
            <td>{figure.year ?? '—'}</td>
            <td>{statusWord(figure, locale)}</td>
            <td>{sourceById.get(figure.source)?.publisher ?? figure.source}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Panel 5: the selected place's key figures, each with year, unit, status and source. */
export function ProfilePanel() {
  const t = useTranslations('charts');
  const locale = useLocale();
  const [view] = useView();
  const { placeById, linkById } = useAtlasData();
  const selection = view.selection;
  const placeId = profilePlaceId(selection, (id) => linkById.get(id)?.properties.to);
  const query = useQuery({ ...placeProfileQuery(placeId ?? '', view.currency), enabled: placeId !== null });
  const place = placeId ? placeById.get(placeId)?.properties : undefined;
  const name = place ? localized(place, 'name', locale) : (placeId ?? '');
  const profile = query.data;
  const documentYears = [...new Set(profile?.fromSourceDocument.map((f) => f.year) ?? [])].join(', ');
  const content = profile ? (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable regions need focus (WCAG 2.1.1).
    <section className="profile" tabIndex={0} aria-label={t('profile.latest')}>
      {profile.fromSourceDocument.length > 0 ? (
        <FigureList
          figures={profile.fromSourceDocument}
          label={t('profile.fromDocument', { years: documentYears })}
        />
      ) : null}
      <FigureList figures={profile.latest} label={t('profile.latest')} />
    </section>
  ) : null;

  const state = panelState({
    enabled: placeId !== null,
    pending: query.isPending,
    error: query.isError,
    hasData: profile !== undefined && profile.latest.length + profile.fromSourceDocument.length > 0,
  });

  return (
    <ChartPanel
      id="profile"
      title={placeId ? t('profile.titlePlace', { place: name }) : t('profile.title')}
      subtitle={selection?.type === 'link' && placeId ? t('profile.subtitleLink') : t('profile.subtitle')}
      csvHref={placeId ? `/api/places/${placeId}?currency=${view.currency}&format=csv` : undefined}
      state={state}
      emptyMessage={placeId === null ? t('profile.prompt') : t('profile.empty', { place: name })}
      chart={content}
      table={content}
      tableOnly
    />
  );
}
