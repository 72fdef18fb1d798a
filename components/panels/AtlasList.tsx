'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { useSetHover } from '@/components/atlas/selection';
import { useAtlasData, usePlaceName } from '@/components/atlas/use-atlas-data';
import { useView, useViewActions } from '@/components/atlas/view';
import { useCommitCount } from '@/components/charts/use-commit-count';
import { inYearRange, type Selection, sameSelection } from '@/lib/domain';
import { LINK_KIND_LABEL, PLACE_KIND_LABEL } from '@/lib/format/labels';
import { localized, otherLanguage } from '@/lib/i18n/localized';
import { LIST_PAGE_SIZE, listWindow } from '@/lib/list/window';
import { linkShown } from '@/lib/map/link-filter';
import { LINK_KIND_STYLE, placeColour } from '@/lib/palette';
import { OrganizationList } from './OrganizationList';
import { PageLink } from './PageLink';

/**
 * Every place and link as a button: the keyboard's and the screen reader's way
 * into the map. Choosing one here is choosing it on the map. Links come a page at a
 * time, so that thousands of them do not fill the page before anyone asks.
 */
export function AtlasList() {
  const t = useTranslations('list');
  const locale = useLocale();
  const { places, links, placeById, isError } = useAtlasData();
  const nameOf = usePlaceName();
  const [view] = useView();
  const { selectAndFrame: select } = useViewActions();
  const hover = useSetHover();
  const [shown, setShown] = useState(LIST_PAGE_SIZE);
  const firstNew = useRef<{ index: number; focus: boolean }>({ index: 0, focus: false });
  const linkList = useRef<HTMLUListElement>(null);
  useCommitCount('list');
  useEffect(() => {
    // "Show more" hands the keyboard to the first link it revealed.
    if (!firstNew.current.focus) return;
    firstNew.current.focus = false;
    linkList.current?.querySelectorAll('button')[firstNew.current.index]?.focus();
  });
  if (isError) return <p role="alert">{t('error')}</p>;
  if (!places || !links) return <p aria-busy="true">{t('loading')}</p>;
  const selected = view.selection;
  const parentOf = (id: string) => placeById.get(id)?.properties.parent ?? null;
  const years = view.years;
  const inRange = links.features.filter(({ properties: link }) => linkShown(link, view));
  const outside = links.features.filter(({ properties: link }) => !inYearRange(link.year, years)).length;
  const filtered = links.features.length - inRange.length - outside;
  const page = listWindow(
    inRange.map((f) => f.properties),
    shown,
    selected?.type === 'link' ? selected.id : null,
  );
  const showMore = () => {
    firstNew.current = { index: Math.min(shown, inRange.length), focus: true };
    setShown(shown + LIST_PAGE_SIZE);
  };

  const item = (target: Selection, label: string, detail: string, swatch: string) => {
    const isSelected = sameSelection(selected, target);
    return (
      <li key={`${target.type}:${target.id}`} className="list-item">
        <button
          type="button"
          className="list-button"
          aria-pressed={isSelected}
          data-target={`${target.type}:${target.id}`}
          onClick={() => select(isSelected ? null : target)}
          onMouseEnter={() => hover(target)}
          onMouseLeave={() => hover(null)}
          onFocus={() => hover(target)}
          onBlur={() => hover(null)}
        >
          <span className="swatch" style={{ background: swatch }} aria-hidden="true" />
          <span className="list-label">{label}</span>
          <span className="list-detail">{detail}</span>
        </button>
        <PageLink kind={target.type} id={target.id} name={label} short />
      </li>
    );
  };

  return (
    <nav aria-label={t('label')} className="atlas-list">
      <h2 className="panel-title">{t('links')}</h2>
      <ul ref={linkList}>
        {page.visible.map((link) =>
          item(
            { type: 'link', id: link.id },
            localized(link, 'title', locale),
            `${nameOf(link.from)} ${link.mutual ? '↔' : '→'} ${nameOf(link.to)} · ${link.year} · ${LINK_KIND_LABEL[link.kind][locale]}`,
            LINK_KIND_STYLE[link.kind].colour,
          ),
        )}
      </ul>
      {page.hidden > 0 ? (
        <button type="button" className="list-more" onClick={showMore}>
          {t('showMore', {
            count: Math.min(LIST_PAGE_SIZE, page.hidden),
            shown: page.visible.length,
            total: inRange.length,
          })}
        </button>
      ) : null}
      {outside > 0 && years ? (
        <p className="meta">{t('outside', { count: outside, from: years[0], to: years[1] })}</p>
      ) : null}
      {filtered > 0 ? (
        <p className="meta" data-testid="list-filtered">
          {t('filtered', { count: filtered })}
        </p>
      ) : null}
      <h2 className="panel-title">{t('places')}</h2>
      <ul>
        {places.features.map(({ properties: place }) =>
          item(
            { type: 'place', id: place.id },
            localized(place, 'name', locale),
            `${otherLanguage(place, 'name', locale)} · ${PLACE_KIND_LABEL[place.kind][locale]}`,
            placeColour(place.id, parentOf),
          ),
        )}
      </ul>
      <OrganizationList />
    </nav>
  );
}
