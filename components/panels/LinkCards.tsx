import type { Dataset } from '@/lib/data/load';
import { findSource } from '@/lib/data/queries';
import { formatIsoDate } from '@/lib/format/dates';
import { STATUS_MARK } from '@/lib/format/status';
import { SourceCitation } from './SourceCitation';

const KIND_LABEL = {
  enterprise_park: 'Enterprise park',
  technology_transfer: 'Technology transfer',
  cooperation_agreement: 'Cooperation agreement',
  organization_cluster: 'Organization cluster',
} as const;

export function LinkCards({ dataset }: { dataset: Dataset }) {
  const nameOf = (id: string) => dataset.places.find((p) => p.id === id)?.name.en ?? id;
  return (
    <ul className="cards" aria-label="Cooperation links">
      {dataset.links.map((link) => {
        const mark = STATUS_MARK[link.dateStatus];
        return (
          <li key={link.id} className="card" data-link-id={link.id}>
            <h3>{link.title.en}</h3>
            <p className="meta">
              {nameOf(link.from)} {link.mutual ? '↔' : '→'} {nameOf(link.to)} · {KIND_LABEL[link.kind]} ·{' '}
              <time dateTime={link.date}>{formatIsoDate(link.date, 'en')}</time>
              {mark ? <span className="status"> date {mark.en}</span> : null}
            </p>
            <p>{link.summary.en}</p>
            {link.terms.length > 0 ? (
              <p className="meta">
                {link.terms.map((term) => `${term.label.en}: ${term.value.toLocaleString('en')}`).join(' · ')}
              </p>
            ) : null}
            <ul className="sources" aria-label="Sources">
              {link.sources.map((id) => {
                const source = findSource(dataset, id);
                return source ? <SourceCitation key={id} source={source} /> : null;
              })}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
