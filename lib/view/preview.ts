import type { Dataset } from '@/lib/data/load';
import { findStats } from '@/lib/data/stats';
import type { Locale } from '@/lib/domain';
import { formatIsoDate } from '@/lib/format/dates';
import { LINK_KIND_LABEL } from '@/lib/format/labels';
import { formatValue } from '@/lib/format/numbers';
import { STATUS_MARK } from '@/lib/format/status';
import { INTL_LOCALE } from '@/lib/i18n/localized';
import { translatorFor } from '@/lib/i18n/translator';
import type { Scene } from './parsers';

export type PreviewContent = {
  heading: string;
  subheading: string;
  /** The one figure a pasted link shows, with what it is and where it comes from. */
  figure: string | null;
  figureNote: string | null;
};

/** What the share-preview image says for a view: the selected place or link and its key figure. */
export function previewContent(state: Scene, dataset: Dataset, locale: Locale): PreviewContent {
  const t = translatorFor(locale);
  const number = (value: number) => new Intl.NumberFormat(INTL_LOCALE[locale]).format(value);
  const placeName = (id: string) => dataset.places.find((p) => p.id === id)?.name[locale] ?? id;
  const sourceName = (id: string) =>
    t('preview.source', { source: dataset.sources.find((s) => s.id === id)?.publisher ?? id });
  const { selection } = state;

  if (selection?.type === 'link') {
    const link = dataset.links.find((l) => l.id === selection.id);
    if (link) {
      const [term] = link.terms;
      const date = formatIsoDate(link.date, locale);
      const dateMark = STATUS_MARK[link.dateStatus];
      return {
        heading: link.title[locale],
        subheading: `${placeName(link.from)} ${link.mutual ? '↔' : '→'} ${placeName(link.to)} · ${LINK_KIND_LABEL[link.kind][locale]}`,
        figure: term ? `${number(term.value)} ${locale === 'zh' ? term.label.zh : term.unit}` : date,
        figureNote: term
          ? `${term.label[locale]} · ${date} · ${sourceName(term.source)}`
          : [
              dateMark ? t('preview.yearMark', { mark: dateMark[locale] }) : null,
              sourceName(link.sources[0] ?? ''),
            ]
              .filter(Boolean)
              .join(' · '),
      };
    }
  }

  if (selection?.type === 'place') {
    const place = dataset.places.find((p) => p.id === selection.id);
    if (place) {
      const result = findStats(dataset, { metric: 'gdp', places: [place.id], currency: state.currency });
      const latest = result.series
        .flatMap((s) => s.points.map((p) => ({ ...p, geography: s.geographyName[locale] })))
        .filter((p) => p.value !== null && p.year !== null)
        .sort((a, b) => (b.year ?? 0) - (a.year ?? 0))[0];
      const mark = latest ? STATUS_MARK[latest.status] : null;
      return {
        heading: place.name[locale],
        subheading: place.description[locale],
        figure:
          latest && latest.value !== null
            ? t('preview.gdp', {
                year: String(latest.year),
                value: formatValue(latest.value, latest.unit, locale, latest.qualifier),
              })
            : null,
        figureNote: latest
          ? [latest.geography, mark?.[locale], sourceName(latest.source)].filter(Boolean).join(' · ')
          : null,
      };
    }
  }

  return {
    heading: t('site.title'),
    subheading: t('preview.atlasSubheading'),
    figure: t('preview.atlasFigure', { links: dataset.links.length, places: dataset.places.length }),
    figureNote: t('preview.atlasNote'),
  };
}
