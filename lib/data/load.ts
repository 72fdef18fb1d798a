import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseCsvRecords } from './csv';
import { findIntegrityProblems } from './integrity';
import {
  type ExchangeRate,
  ExchangeRates,
  Geographies,
  type Link,
  Links,
  type Place,
  Places,
  type Source,
  Sources,
  Stat,
} from './schema';

export type Dataset = {
  places: Place[];
  links: Link[];
  stats: Stat[];
  sources: Source[];
  rates: ExchangeRate[];
  geographies: { en: string; zh: string }[];
};

export const DATA_FILES = {
  places: 'places.json',
  links: 'links.json',
  stats: 'stats.csv',
  sources: 'sources.json',
  rates: 'exchange-rates.json',
  geographies: 'geographies.json',
} as const;

export class DataError extends Error {
  override name = 'DataError';
}

function describeZodError(file: string, error: z.ZodError): DataError {
  const lines = error.issues.slice(0, 10).map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  return new DataError(`data/${file} does not match its schema:\n${lines.join('\n')}`);
}

function parseWith<T>(file: string, schema: z.ZodType<T>, raw: unknown): T {
  const result = schema.safeParse(raw);
  if (!result.success) throw describeZodError(file, result.error);
  return result.data;
}

/** CSV cells are text; empty cells are absent values. */
function statFromRow(row: Record<string, string>): unknown {
  const numberOrNull = (text: string | undefined) =>
    text === undefined || text === '' ? null : Number(text);
  return {
    ...row,
    year: numberOrNull(row.year),
    value: numberOrNull(row.value),
  };
}

export function parseDataset(files: Record<keyof typeof DATA_FILES, string>): Dataset {
  const json = (key: keyof typeof DATA_FILES) => {
    try {
      return JSON.parse(files[key]) as unknown;
    } catch (error) {
      throw new DataError(`data/${DATA_FILES[key]} is not valid JSON: ${(error as Error).message}`);
    }
  };
  const dataset: Dataset = {
    places: parseWith(DATA_FILES.places, Places, json('places')),
    links: parseWith(DATA_FILES.links, Links, json('links')),
    stats: parseWith(DATA_FILES.stats, z.array(Stat), parseCsvRecords(files.stats).map(statFromRow)),
    sources: parseWith(DATA_FILES.sources, Sources, json('sources')),
    rates: parseWith(DATA_FILES.rates, ExchangeRates, json('rates')),
    geographies: parseWith(DATA_FILES.geographies, Geographies, json('geographies')),
  };
  const problems = findIntegrityProblems(dataset);
  if (problems.length > 0) {
    throw new DataError(`data/ fails its integrity checks:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
  return dataset;
}

export function readDataFiles(directory: string): Record<keyof typeof DATA_FILES, string> {
  const read = (file: string) => readFileSync(path.join(directory, file), 'utf8');
  return {
    places: read(DATA_FILES.places),
    links: read(DATA_FILES.links),
    stats: read(DATA_FILES.stats),
    sources: read(DATA_FILES.sources),
    rates: read(DATA_FILES.rates),
    geographies: read(DATA_FILES.geographies),
  };
}

/** ATLAS_DATA_DIR lets the benchmark serve a generated dataset; the atlas itself always reads data/. */
export const DATA_DIRECTORY = process.env.ATLAS_DATA_DIR ?? path.join(process.cwd(), 'data');

let cached: Dataset | undefined;

/** The validated dataset, read once per server process. */
export function getDataset(): Dataset {
  cached ??= parseDataset(readDataFiles(DATA_DIRECTORY));
  return cached;
}
