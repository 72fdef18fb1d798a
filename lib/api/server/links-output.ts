import {
  type LinkFeatureCollection,
  LinkProperties,
  type LinkRecordCollection,
} from '@/lib/api/contract/links';
import { recordsToCsv } from '@/lib/data/csv';
import { linkArc, linkYear } from '@/lib/data/links';
import type { Dataset } from '@/lib/data/load';
import type { Link } from '@/lib/data/schema';

function linkProperties(link: Link): LinkProperties {
  return {
    id: link.id,
    from: link.from,
    to: link.to,
    mutual: link.mutual,
    venue: link.venue,
    kind: link.kind,
    date: link.date,
    year: linkYear(link),
    date_status: link.dateStatus,
    title_en: link.title.en,
    title_zh: link.title.zh,
    summary_en: link.summary.en,
    summary_zh: link.summary.zh,
    terms: link.terms,
    sources: link.sources,
  };
}

function linkFeature<G>(link: Link, geometry: G) {
  return { type: 'Feature' as const, id: link.id, geometry, properties: linkProperties(link) };
}

export function linksToGeoJson(dataset: Dataset, links: readonly Link[]): LinkFeatureCollection {
  return {
    type: 'FeatureCollection',
    features: links.map((link) => linkFeature(link, linkArc(dataset, link))),
  };
}

export function linksToRecords(links: readonly Link[]): LinkRecordCollection {
  return { type: 'FeatureCollection', features: links.map((link) => linkFeature(link, null)) };
}

export function linksToCsv(links: readonly Link[]): string {
  return recordsToCsv(
    LinkProperties.keyof().options,
    links.map((link) => {
      const properties = linkProperties(link);
      return {
        ...properties,
        terms: properties.terms.map((term) => `${term.value} ${term.unit}`).join('; '),
        sources: properties.sources.join('; '),
      };
    }),
  );
}
