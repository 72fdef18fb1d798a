import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findIntegrityProblems } from './integrity';
import { DATA_DIRECTORY, type Dataset, parseDataset, readDataFiles } from './load';

const dataset = parseDataset(readDataFiles(DATA_DIRECTORY));
const DOCUMENTS = path.join(process.cwd(), 'data', 'documents');
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the shipped dataset', () => {
  it('passes the schema and the integrity checks', () => {
    expect(findIntegrityProblems(dataset)).toEqual([]);
  });

  it('has the five featured places the atlas is about', () => {
    const featured = dataset.places.filter((p) => p.featured).map((p) => p.id);
    expect(featured.sort()).toEqual(['boston', 'lingang', 'shanghai', 'shaoxing', 'suzhou']);
  });

  it.each(['zhangjiang', 'suzhou-industrial-park', 'massachusetts-state-house', 'sicc'])(
    'has the site %s that the documents name',
    (id) => {
      expect(dataset.places.some((p) => p.id === id)).toBe(true);
    },
  );

  it.each([
    ['zhangjiang-boston-enterprise-park', '2016-02-26'],
    ['shanghai-shaoxing-technology-transfer', '2019-01-19'],
    ['shanghai-suzhou-193-tasks', '2021-10-26'],
    ['lingang-sci-tech-organization-cluster', '2023-11-06'],
  ])('dates link %s on %s as the reference says', (id, date) => {
    expect(dataset.links.find((l) => l.id === id)?.date).toBe(date);
  });

  it('marks the Shaoxing signing year as inferred', () => {
    expect(dataset.links.find((l) => l.id === 'shanghai-shaoxing-technology-transfer')?.dateStatus).toBe(
      'inferred',
    );
  });

  it('keeps every not_found figure out of the numbers', () => {
    const gaps = dataset.stats.filter((s) => s.status === 'not_found');
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.every((s) => s.value === null)).toBe(true);
  });

  it('gives Boston GDP figures for the metropolitan area only', () => {
    const boston = dataset.stats.filter(
      (s) => s.place === 'boston' && s.metric === 'gdp' && s.value !== null,
    );
    expect(boston.length).toBeGreaterThan(0);
    expect(boston.every((s) => /Metropolitan Statistical Area/.test(s.geography))).toBe(true);
  });

  it('prints every link term in the source it cites', () => {
    for (const link of dataset.links) {
      for (const term of link.terms) {
        const source = dataset.sources.find((s) => s.id === term.source);
        expect(source?.quote, `${link.id}: ${term.unit}`).toContain(String(term.value));
      }
    }
  });

  it('has an exchange rate for every year from 2015 to 2024', () => {
    const years = new Set(dataset.rates.map((r) => r.year));
    for (let year = 2015; year <= 2024; year += 1) expect(years.has(year), String(year)).toBe(true);
  });

  it('quotes the shipped documents verbatim, read from data/documents itself', () => {
    const quoting = dataset.sources.filter((s) => s.document !== null);
    // The five news documents, each cited by several sources, and the reference excerpt.
    expect(new Set(quoting.map((s) => s.document)).size).toBe(6);
    for (const source of quoting) {
      const record = dataset.documents.find((d) => d.id === source.document);
      const text = collapse(readFileSync(path.join(DOCUMENTS, record?.file ?? 'missing'), 'utf8'));
      expect(text, source.id).toContain(collapse(source.quote));
    }
  });

  it('gives every seed-document source a shipped document', () => {
    const seeds = dataset.sources.filter((s) => s.kind === 'seed_document');
    expect(seeds.length).toBeGreaterThanOrEqual(5);
    expect(seeds.every((s) => s.document !== null)).toBe(true);
  });

  it('cites every organization, actor, status and event from a source that quotes a shipped document', () => {
    const cited = [
      ...dataset.organizations.flatMap((o) => o.sources),
      ...dataset.links.flatMap((l) => [
        ...l.actors.map((a) => a.source),
        ...l.events.map((e) => e.source),
        ...(l.status.source === null ? [] : [l.status.source]),
      ]),
    ];
    expect(cited.length).toBeGreaterThan(20);
    for (const id of cited) {
      expect(dataset.sources.find((s) => s.id === id)?.document, id).not.toBeNull();
    }
  });

  it('names nothing under shared/ in what readers see', () => {
    const shown = JSON.stringify([dataset.sources, dataset.organizations, dataset.links, dataset.places]);
    expect(shown).not.toMatch(/shared\//);
    expect(dataset.stats.map((s) => s.note).join('\n')).not.toMatch(/shared\//);
  });

  it.each([
    ['zhangjiang-boston-enterprise-park', 'zhangjiang-hi-tech-zone', 'set_up'],
    ['zhangjiang-boston-enterprise-park', 'yangpu-sci-tech-innovation-center', 'operates'],
    ['east-center-southern-jiangsu-center', 'southern-jiangsu-center', 'co_operates'],
    ['lingang-sci-tech-organization-cluster', 'cast', 'guides'],
  ])('names %s’s actor %s as %s', (link, organization, role) => {
    const actors = dataset.links.find((l) => l.id === link)?.actors ?? [];
    expect(actors).toContainEqual(expect.objectContaining({ organization, role }));
  });

  it.each([
    ['shaoxing', 'gdp', 2023, 'about'],
    ['suzhou', 'gdp', 2018, 'about'],
    ['boston', 'gdp', 2021, 'about'],
    ['shanghai', 'gdp', 2023, 'more_than'],
  ])('qualifies %s %s %i as %s, as its note says', (place, metric, year, qualifier) => {
    const row = dataset.stats.find(
      (s) => s.place === place && s.metric === metric && s.year === year && s.vintage !== 'superseded',
    );
    expect(row?.qualifier).toBe(qualifier);
  });

  it('marks no figure exact whose note says it is rounded, approximate or a lower bound', () => {
    const loose = dataset.stats.filter(
      (s) => s.qualifier === 'exact' && s.value !== null && /\b(exceed|approximate|rounded)/i.test(s.note),
    );
    expect(loose.map((s) => `${s.place} ${s.metric} ${s.year}`)).toEqual([]);
  });

  it('dates the years taken from a document’s date as inferred', () => {
    const listed = dataset.stats.find((s) => s.place === 'shaoxing' && s.metric === 'listed_companies');
    const researchers = dataset.stats.find((s) => s.place === 'zhangjiang' && s.metric === 'researchers');
    expect([listed?.year, listed?.yearStatus]).toEqual([2019, 'inferred']);
    expect([researchers?.year, researchers?.yearStatus]).toEqual([2017, 'inferred']);
  });

  it('keeps the population years the reference found nothing for as gaps', () => {
    for (const place of ['suzhou', 'shaoxing']) {
      const row = dataset.stats.find(
        (s) => s.place === place && s.metric === 'population' && s.year === 2024,
      );
      expect(row?.status, place).toBe('not_found');
      expect(row?.value, place).toBeNull();
    }
  });

  it('puts Shaoxing’s 2015 GDP per capita on the registered population, the later ones on the resident', () => {
    const bases = dataset.stats
      .filter((s) => s.place === 'shaoxing' && s.metric === 'gdp_per_capita')
      .map((s) => [s.year, s.basis]);
    expect(bases).toEqual([
      [2015, 'registered'],
      [2017, 'resident_estimate'],
      [2021, 'resident_estimate'],
    ]);
  });
});

describe('findIntegrityProblems', () => {
  const clone = (): Dataset => structuredClone(dataset);

  it.each<[string, (d: Dataset) => void, RegExp]>([
    [
      'a link to an unknown place',
      (d) => ((d.links[0] as Dataset['links'][0]).to = 'atlantis'),
      /unknown place "atlantis"/,
    ],
    [
      'a stat for an unknown place',
      (d) => ((d.stats[0] as Dataset['stats'][0]).place = 'atlantis'),
      /row 2 names unknown place "atlantis"/,
    ],
    [
      'a citation that does not resolve',
      (d) => ((d.links[0] as Dataset['links'][0]).sources = ['nowhere']),
      /cites unknown source "nowhere"/,
    ],
    [
      'a source nobody cites',
      (d) => d.sources.push({ ...(d.sources[0] as Dataset['sources'][0]), id: 'orphan' }),
      /"orphan" is cited by nothing/,
    ],
    [
      'a duplicated place id',
      (d) => d.places.push(d.places[0] as Dataset['places'][0]),
      /place id ".*" is used twice/,
    ],
    [
      'a parent cycle',
      (d) => {
        const [a, b] = d.places as [Dataset['places'][0], Dataset['places'][0]];
        a.parent = b.id;
        b.parent = a.id;
      },
      /is its own ancestor/,
    ],
    [
      'a link drawn from a place its founder does not sit in',
      (d) =>
        ((d.links.find((l) => l.id === 'zhangjiang-boston-enterprise-park') as Dataset['links'][0]).from =
          'zhangjiang'),
      /starts at "zhangjiang", not at "shanghai" where its founder zhangjiang-hi-tech-zone sits/,
    ],
    [
      'a quote that is not in its document',
      (d) => ((d.sources[0] as Dataset['sources'][0]).quote = 'words the document never printed'),
      /quote is not in document "zhangjiang-boston-park-2016" word for word/,
    ],
    [
      'a source naming an unknown document',
      (d) => ((d.sources[0] as Dataset['sources'][0]).document = 'nowhere'),
      /names unknown document "nowhere"/,
    ],
    [
      'a link actor that is no organization',
      (d) => {
        const link = d.links[0] as Dataset['links'][0];
        link.actors = [{ organization: 'nobody', role: 'hosts', source: link.sources[0] as string }];
      },
      /names unknown organization "nobody"/,
    ],
    [
      'an organization seated in an unknown place',
      (d) => {
        const org = d.organizations.find((o) => o.seat !== null) as Dataset['organizations'][0];
        org.seat = {
          place: 'atlantis',
          status: 'seed',
          source: org.sources[0] as string,
          note: { en: 'x', zh: 'x' },
        };
      },
      /names unknown place "atlantis"/,
    ],
    [
      'an organization with an unknown parent',
      (d) => ((d.organizations[0] as Dataset['organizations'][0]).parent = 'nobody'),
      /unknown parent organization "nobody"/,
    ],
    [
      'a document no source cites',
      (d) => d.documents.push({ ...(d.documents[0] as Dataset['documents'][0]), id: 'orphan-document' }),
      /document "orphan-document" is cited by no source/,
    ],
  ])('reports %s', (_name, corrupt, message) => {
    const broken = clone();
    corrupt(broken);
    expect(findIntegrityProblems(broken).join('\n')).toMatch(message);
  });
});

describe('parseDataset', () => {
  const files = readDataFiles(DATA_DIRECTORY);

  it('refuses a not_found row that carries a number', () => {
    const stats = files.stats.replace(/^(.*),,exact,(.*),not_found,/m, '$1,42,exact,$2,not_found,');
    expect(stats).not.toBe(files.stats);
    expect(() => parseDataset({ ...files, stats })).toThrow(/stats\.csv does not match/);
  });

  it('names the file whose JSON is broken', () => {
    expect(() => parseDataset({ ...files, links: '[{' })).toThrow(/links\.json is not valid JSON/);
  });

  it('names a document whose text is missing', () => {
    const { 'lingang-cluster-2023.txt': _gone, ...documentTexts } = files.documentTexts;
    expect(() => parseDataset({ ...files, documentTexts })).toThrow(/lingang-cluster-2023\.txt is missing/);
  });
});
