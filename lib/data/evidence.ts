import type { EvidenceGrade } from '@/lib/domain';
import type { Link, Source } from './schema';

export type { EvidenceGrade } from '@/lib/domain';

export type EvidenceCounts = {
  /** Distinct sources the link, its status, events, actors and terms cite. */
  sources: number;
  official: number;
  news: number;
  seed: number;
  secondary: number;
  reference: number;
};

export type LinkEvidence = EvidenceCounts & {
  /** What rests on inference: `date`, `status`, `event:<date>:<kind>`. */
  inferred: string[];
  grade: EvidenceGrade;
};

/**
 * How well a link is supported. Strong: a source document confirmed by an official
 * or news source, nothing inferred. Moderate: a source document or an official or news
 * source, but alone or with something inferred. Weak: only secondary or reference
 * sources, or none.
 */
export function gradeEvidence(counts: EvidenceCounts, inferredParts: number): EvidenceGrade {
  const independent = counts.official + counts.news;
  if (counts.seed > 0 && independent > 0 && inferredParts === 0) return 'strong';
  if (counts.seed > 0 || independent > 0) return 'moderate';
  return 'weak';
}

/** What a link cites, as the data file and the API's link records both carry it. */
export type CitingLink = {
  sources: readonly string[];
  terms: readonly { source: string }[];
  actors: readonly { source: string }[];
  events: readonly { source: string }[];
  status: { source: string | null };
};

/** Every distinct source a link cites: itself, its terms, actors, events and status. */
export function citedSources(link: CitingLink): Set<string> {
  return new Set([
    ...link.sources,
    ...link.terms.map((t) => t.source),
    ...link.actors.map((a) => a.source),
    ...link.events.map((e) => e.source),
    ...(link.status.source === null ? [] : [link.status.source]),
  ]);
}

export function linkEvidence(link: Link, sources: readonly Source[]): LinkEvidence {
  const ids = citedSources(link);
  const kinds = [...ids].map((id) => sources.find((s) => s.id === id)?.kind);
  const count = (kind: Source['kind']) => kinds.filter((k) => k === kind).length;
  const counts: EvidenceCounts = {
    sources: ids.size,
    official: count('official'),
    news: count('news'),
    seed: count('seed_document'),
    secondary: count('secondary'),
    reference: count('reference'),
  };
  const inferred = [
    ...(link.dateStatus === 'inferred' ? ['date'] : []),
    ...(link.status.dateStatus === 'inferred' ? ['status'] : []),
    ...link.events.filter((e) => e.dateStatus === 'inferred').map((e) => `event:${e.date}:${e.kind}`),
  ];
  return { ...counts, inferred, grade: gradeEvidence(counts, inferred.length) };
}
