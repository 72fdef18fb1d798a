'use client';

import { useEffect, useRef } from 'react';
import { useSelection } from '@/components/atlas/selection';
import { useAtlasData } from '@/components/atlas/use-atlas-data';
import type { LinkProperties } from '@/lib/api/links-output';
import type { PlaceProperties } from '@/lib/api/places-output';
import type { Source } from '@/lib/data/schema';
import { formatIsoDate } from '@/lib/format/dates';
import { LINK_KIND_LABEL, PLACE_KIND_LABEL } from '@/lib/format/labels';
import { STATUS_MARK } from '@/lib/format/status';
import { SourceCitation } from './SourceCitation';

function StatusMark({ status, what }: { status: keyof typeof STATUS_MARK; what: string }) {
  const mark = STATUS_MARK[status];
  return mark ? (
    <span className="status" title={`${what} ${mark.en}`}>
      {what} {mark.en}
    </span>
  ) : null;
}

function SourceList({ ids, sourceById }: { ids: readonly string[]; sourceById: Map<string, Source> }) {
  return (
    <>
      <h3 className="detail-subtitle">Sources</h3>
      <ul className="sources">
        {ids.map((id) => {
          const source = sourceById.get(id);
          return source ? (
            <SourceCitation key={id} source={source} />
          ) : (
            <li key={id}>Source {id} could not be loaded.</li>
          );
        })}
      </ul>
    </>
  );
}

function LinkDetails({
  link,
  nameOf,
  sourceById,
}: {
  link: LinkProperties;
  nameOf: (id: string) => string;
  sourceById: Map<string, Source>;
}) {
  return (
    <>
      <h2 id="detail-title" className="detail-title">
        {link.title_en}
      </h2>
      <p className="meta">
        {LINK_KIND_LABEL[link.kind].en} · {nameOf(link.from)} {link.mutual ? '↔' : '→'} {nameOf(link.to)}
      </p>
      <dl className="facts">
        <dt>Date</dt>
        <dd>
          <time dateTime={link.date}>{formatIsoDate(link.date, 'en')}</time>{' '}
          <StatusMark status={link.date_status} what="year" />
        </dd>
        {link.venue ? (
          <>
            <dt>Venue</dt>
            <dd>{nameOf(link.venue)}</dd>
          </>
        ) : null}
        {link.terms.map((term) => (
          <div key={term.label.en} className="fact-row">
            <dt>{term.label.en}</dt>
            <dd>
              {term.value.toLocaleString('en')} {term.unit}
            </dd>
          </div>
        ))}
      </dl>
      <p>{link.summary_en}</p>
      <SourceList ids={link.sources} sourceById={sourceById} />
    </>
  );
}

function PlaceDetails({
  place,
  nameOf,
  linksHere,
  sourceById,
}: {
  place: PlaceProperties;
  nameOf: (id: string) => string;
  linksHere: LinkProperties[];
  sourceById: Map<string, Source>;
}) {
  return (
    <>
      <h2 id="detail-title" className="detail-title">
        {place.name_en} <span lang="zh-CN">{place.name_zh}</span>
      </h2>
      <p className="meta">
        {PLACE_KIND_LABEL[place.kind].en}
        {place.parent ? ` in ${nameOf(place.parent)}` : ''}
      </p>
      <p>{place.description_en}</p>
      <p className="meta">
        Marker: {place.coordinate_note} <StatusMark status={place.coordinate_status} what="location" />
      </p>
      {linksHere.length > 0 ? (
        <>
          <h3 className="detail-subtitle">Cooperation links</h3>
          <ul className="plain">
            {linksHere.map((link) => (
              <li key={link.id}>
                {link.title_en} ({link.year})
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <SourceList ids={[place.coordinate_source]} sourceById={sourceById} />
    </>
  );
}

/** The selected place or link in full, with the sources that support it. */
export function DetailPanel() {
  const [selected, select] = useSelection();
  const { placeById, linkById, links, sourceById } = useAtlasData();
  const headingRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!selected) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') select(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selected, select]);

  if (!selected) return null;
  const nameOf = (id: string) => placeById.get(id)?.properties.name_en ?? id;
  const link = selected.type === 'link' ? linkById.get(selected.id)?.properties : undefined;
  const place = selected.type === 'place' ? placeById.get(selected.id)?.properties : undefined;
  if (!link && !place) return null;
  const linksHere = place
    ? (links?.features ?? [])
        .map((f) => f.properties)
        .filter((l) => l.from === place.id || l.to === place.id || l.venue === place.id)
    : [];

  return (
    <section
      className="detail-panel"
      aria-labelledby="detail-title"
      data-testid="detail-panel"
      ref={headingRef}
    >
      <button type="button" className="close-button" onClick={() => select(null)} aria-label="Close details">
        ×
      </button>
      {link ? <LinkDetails link={link} nameOf={nameOf} sourceById={sourceById} /> : null}
      {place ? (
        <PlaceDetails place={place} nameOf={nameOf} linksHere={linksHere} sourceById={sourceById} />
      ) : null}
    </section>
  );
}
