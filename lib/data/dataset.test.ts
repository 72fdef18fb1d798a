import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findIntegrityProblems } from './integrity';
import { DATA_DIRECTORY, type Dataset, parseDataset, readDataFiles } from './load';

const dataset = parseDataset(readDataFiles(DATA_DIRECTORY));
const SEEDS = path.join(process.cwd(), '..', 'shared', 'seeds');
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

  it.runIf(existsSync(SEEDS))('quotes the source documents verbatim', () => {
    const seeds = dataset.sources.filter((s) => s.kind === 'seed_document');
    expect(seeds).toHaveLength(5);
    for (const source of seeds) {
      const text = collapse(readFileSync(path.join(SEEDS, source.file ?? ''), 'utf8'));
      expect(text, source.id).toContain(collapse(source.quote));
    }
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
});
