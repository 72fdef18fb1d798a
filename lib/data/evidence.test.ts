import { describe, expect, it } from 'vitest';
import { type EvidenceCounts, gradeEvidence, linkEvidence } from './evidence';
import type { Link, Source } from './schema';

const counts = (over: Partial<EvidenceCounts>): EvidenceCounts => ({
  sources: 0,
  official: 0,
  news: 0,
  seed: 0,
  secondary: 0,
  reference: 0,
  ...over,
});

describe('gradeEvidence', () => {
  it.each<[string, Partial<EvidenceCounts>, number, string]>([
    ['a document confirmed by an official source', { sources: 2, seed: 1, official: 1 }, 0, 'strong'],
    ['a document confirmed by a news outlet', { sources: 2, seed: 1, news: 1 }, 0, 'strong'],
    ['the same, with an inferred year', { sources: 2, seed: 1, official: 1 }, 1, 'moderate'],
    ['a document alone', { sources: 1, seed: 1 }, 0, 'moderate'],
    ['an official source alone', { sources: 1, official: 1 }, 0, 'moderate'],
    ['secondary sources only', { sources: 3, secondary: 3 }, 0, 'weak'],
    ['the reference compilation only', { sources: 1, reference: 1 }, 0, 'weak'],
    ['nothing', {}, 0, 'weak'],
  ])('grades %s as its table says', (_name, over, inferred, grade) => {
    expect(gradeEvidence(counts(over), inferred)).toBe(grade);
  });
});

describe('linkEvidence', () => {
  const source = (id: string, kind: Source['kind']): Source => ({
    id,
    kind,
    title: id,
    publisher: 'p',
    date: null,
    url: null,
    document: null,
    quote: 'q',
    language: 'en',
  });
  const sources = [source('doc', 'seed_document'), source('gov', 'official'), source('blog', 'secondary')];
  const link = (over: Partial<Link>): Link => ({
    id: 'l',
    from: 'a',
    to: 'b',
    mutual: false,
    venue: null,
    kind: 'technology_transfer',
    date: '2019-01-19',
    dateStatus: 'found',
    title: { en: 't', zh: 't' },
    summary: { en: 's', zh: 's' },
    terms: [],
    sources: ['doc'],
    actors: [],
    status: { value: 'unknown', date: null, dateStatus: null, source: null },
    events: [],
    ...over,
  });

  it('counts each source once, wherever the link cites it', () => {
    const evidence = linkEvidence(
      link({
        sources: ['doc', 'gov'],
        actors: [{ organization: 'o', role: 'signed', source: 'doc' }],
        status: { value: 'signed', date: '2019-01-19', dateStatus: 'found', source: 'blog' },
      }),
      sources,
    );
    expect(evidence).toMatchObject({ sources: 3, seed: 1, official: 1, secondary: 1, grade: 'strong' });
  });

  it('lists what is inferred and grades down for it', () => {
    const evidence = linkEvidence(
      link({
        sources: ['doc', 'gov'],
        dateStatus: 'inferred',
        events: [
          {
            date: '2019-01-19',
            dateStatus: 'inferred',
            kind: 'signing',
            description: { en: 'e', zh: 'e' },
            source: 'doc',
          },
        ],
      }),
      sources,
    );
    expect(evidence.inferred).toEqual(['date', 'event:2019-01-19:signing']);
    expect(evidence.grade).toBe('moderate');
  });
});
