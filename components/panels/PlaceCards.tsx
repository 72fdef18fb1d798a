import type { Dataset } from '@/lib/data/load';
import { findSource } from '@/lib/data/queries';
import { STATUS_MARK } from '@/lib/format/status';

export function PlaceCards({ dataset }: { dataset: Dataset }) {
  return (
    <ul className="cards" aria-label="Places">
      {dataset.places.map((place) => {
        const source = findSource(dataset, place.coordinates.source);
        const mark = STATUS_MARK[place.coordinates.status];
        return (
          <li key={place.id} className="card" data-place-id={place.id}>
            <h3>
              {place.name.en} <span lang="zh-CN">{place.name.zh}</span>
            </h3>
            <p className="meta">
              {place.kind}
              {place.featured ? ' · featured' : ''}
            </p>
            <p>{place.description.en}</p>
            <p className="meta">
              Location: {place.coordinates.lat.toFixed(4)}°N, {Math.abs(place.coordinates.lon).toFixed(4)}°
              {place.coordinates.lon < 0 ? 'W' : 'E'} — {place.coordinates.note}
              {mark ? <span className="status"> {mark.en}</span> : null}
              {source ? (
                <> (source: {source.url ? <a href={source.url}>{source.title}</a> : source.title})</>
              ) : null}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
