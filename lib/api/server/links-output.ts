import {
  type LinkFeature,
  type LinkFeatureCollection,
  type LinkIndexCollection,
  type LinkIndexProperties,
  LinkProperties,
  type LinkRecordCollection,
} from '@/lib/api/contract/links';
import { recordsToCsv } from '@/lib/data/csv';
import { linkEvidence } from '@/lib/data/evidence';
import { linkArc, linkYear } from '@/lib/data/links';
import type { Dataset } from '@/lib/data/load';
import type { Link, Source } from '@/lib/data/schema';

function linkProperties(link: Link, sources: readonly Source[]): LinkProperties {
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
    actors: link.actors,
    status: link.status,
    events: link.events,
    evidence: linkEvidence(link, sources),
  };
}

function linkFeature<G>(link: Link, sources: readonly Source[], geometry: G) {
  return { type: 'Feature' as const, id: link.id, geometry, properties: linkProperties(link, sources) };
}

function linkIndexProperties(link: Link, sources: readonly Source[]): LinkIndexProperties {
  const { summary_en, summary_zh, terms, events, evidence, ...listed } = linkProperties(link, sources);
  return { ...listed, grade: evidence.grade };
}

export function linksToGeoJson(dataset: Dataset, links: readonly Link[]): LinkFeatureCollection {
  return {
    type: 'FeatureCollection',
    features: links.map((link) => linkFeature(link, dataset.sources, linkArc(dataset, link))),
  };
}

export function linksToRecords(dataset: Dataset, links: readonly Link[]): LinkRecordCollection {
  return {
    type: 'FeatureCollection',
    features: links.map((link) => linkFeature(link, dataset.sources, null)),
  };
}

/** The links as the page carries them: enough to list, filter and draw them (`fields=index`). */
export function linksToIndex(dataset: Dataset, links: readonly Link[]): LinkIndexCollection {
  return {
    type: 'FeatureCollection',
    features: links.map((link) => ({
      type: 'Feature' as const,
      id: link.id,
      geometry: null,
      properties: linkIndexProperties(link, dataset.sources),
    })),
  };
}

/** One link in full, with its arc (/api/links/{id}). */
export function linkToGeoJson(dataset: Dataset, link: Link): LinkFeature {
  return linkFeature(link, dataset.sources, linkArc(dataset, link));
}

export function linksToCsv(dataset: Dataset, links: readonly Link[]): string {
  return recordsToCsv(
    LinkProperties.keyof().options,
    links.map((link) => {
      const properties = linkProperties(link, dataset.sources);
      const { status, evidence } = properties;
      return {
        ...properties,
        terms: properties.terms.map((term) => `${term.value} ${term.unit}`).join('; '),
        sources: properties.sources.join('; '),
        actors: properties.actors.map((a) => `${a.organization} (${a.role})`).join('; '),
        status:
          status.value === 'unknown' ? 'unknown' : `${status.value} ${status.date} (${status.dateStatus})`,
        events: properties.events.map((e) => `${e.date} ${e.kind} (${e.dateStatus})`).join('; '),
        evidence: `${evidence.grade}: ${evidence.sources} sources (${evidence.seed} seed, ${evidence.official} official, ${evidence.news} news, ${evidence.secondary} secondary, ${evidence.reference} reference)${evidence.inferred.length ? `; inferred: ${evidence.inferred.join(', ')}` : ''}`,
      };
    }),
  );
}
