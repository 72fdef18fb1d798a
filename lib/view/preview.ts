import type { Dataset } from '@/lib/data/load';
import { findStats } from '@/lib/data/queries';
import { formatIsoDate } from '@/lib/format/dates';
import { LINK_KIND_LABEL } from '@/lib/format/labels';
import { STATUS_MARK } from '@/lib/format/status';
import type { ViewState } from './params';

export type PreviewContent = {
  heading: string;
  subheading: string;
  /** The one figure a pasted link shows, with what it is and where it comes from. */
  figure: string | null;
  figureNote: string | null;
};

const number = (value: number) => new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(value);

/** What the share-preview image says for a view: the selected place or link and its key figure. */
export function previewContent(state: ViewState, dataset: Dataset): PreviewContent {
  const placeName = (id: string) => dataset.places.find((p) => p.id === id)?.name.en ?? id;
  const sourceTitle = (id: string) => dataset.sources.find((s) => s.id === id)?.publisher ?? id;
  const { selection } = state;

  if (selection?.type === 'link') {
    const link = dataset.links.find((l) => l.id === selection.id);
    if (link) {
      const [term] = link.terms;
      const date = formatIsoDate(link.date, 'en');
      const dateMark = STATUS_MARK[link.dateStatus];
      return {
        heading: link.title.en,
        subheading: `${placeName(link.from)} ${link.mutual ? '↔' : '→'} ${placeName(link.to)} · ${LINK_KIND_LABEL[link.kind].en}`,
        figure: term ? `${number(term.value)} ${term.unit}` : date,
        figureNote: term
          ? `${term.label.en} · ${date} · source: ${sourceTitle(term.source)}`
          : `${dateMark ? `year ${dateMark.en} · ` : ''}source: ${sourceTitle(link.sources[0] ?? '')}`,
      };
    }
  }

  if (selection?.type === 'place') {
    const place = dataset.places.find((p) => p.id === selection.id);
    if (place) {
      const result = findStats(dataset, { metric: 'gdp', places: [place.id], currency: state.currency });
      const latest = result.series
        .flatMap((s) => s.points.map((p) => ({ ...p, geography: s.geography })))
        .filter((p) => p.value !== null && p.year !== null)
        .sort((a, b) => (b.year ?? 0) - (a.year ?? 0))[0];
      const mark = latest ? STATUS_MARK[latest.status] : null;
      return {
        heading: place.name.en,
        subheading: place.description.en,
        figure: latest
          ? `GDP ${latest.year}: ${latest.qualifier === 'more_than' ? 'over ' : latest.qualifier === 'about' ? 'about ' : ''}${number(latest.value ?? 0)} billion ${state.currency === 'USD' ? 'US dollars' : 'yuan'}`
          : null,
        figureNote: latest
          ? `${latest.geography}${mark ? ` · ${mark.en}` : ''} · source: ${sourceTitle(latest.source)}`
          : null,
      };
    }
  }

  return {
    heading: 'Innovation Atlas',
    subheading: 'Science-and-technology cooperation between Shanghai, Suzhou, Shaoxing and Boston',
    figure: `${dataset.links.length} cooperation links · ${dataset.places.length} places`,
    figureNote: 'Every place, link and figure with its source',
  };
}
