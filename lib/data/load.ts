import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { processWide } from '@/lib/process-wide';
import { parseCsvRecords } from './csv';
import { findIntegrityProblems } from './integrity';
import {
  type DocumentRecord,
  DocumentRecords,
  type ExchangeRate,
  ExchangeRates,
  Geographies,
  type Link,
  Links,
  type Organization,
  Organizations,
  type Place,
  Places,
  type Source,
  Sources,
  Stat,
} from './schema';

/** A shipped source document with its full text. */
export type SourceDocument = DocumentRecord & { text: string };

export type Dataset = {
  places: Place[];
  organizations: Organization[];
  documents: SourceDocument[];
  links: Link[];
  stats: Stat[];
  sources: Source[];
  rates: ExchangeRate[];
  geographies: { en: string; zh: string }[];
};

export const DATA_FILES = {
  places: 'places.json',
  organizations: 'organizations.json',
  documents: 'documents/documents.json',
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
  const textOrNull = (text: string | undefined) => (text === undefined || text === '' ? null : text);
  const { year_status: yearStatus, ...rest } = row;
  return {
    ...rest,
    year: numberOrNull(row.year),
    value: numberOrNull(row.value),
    yearStatus: textOrNull(yearStatus),
    basis: textOrNull(row.basis),
    release: textOrNull(row.release),
  };
}

/** Every data file as text, and each shipped document's text by its file name. */
export type DataFiles = Record<keyof typeof DATA_FILES, string> & { documentTexts: Record<string, string> };

function withTexts(records: DocumentRecord[], texts: Record<string, string>): SourceDocument[] {
  return records.map((record) => {
    const text = texts[record.file];
    if (text === undefined) throw new DataError(`data/documents/${record.file} is missing`);
    return { ...record, text };
  });
}

export function parseDataset(files: DataFiles): Dataset {
  const json = (key: keyof typeof DATA_FILES) => {
    try {
      return JSON.parse(files[key]) as unknown;
    } catch (error) {
      throw new DataError(`data/${DATA_FILES[key]} is not valid JSON: ${(error as Error).message}`);
    }
  };
  const dataset: Dataset = {
    places: parseWith(DATA_FILES.places, Places, json('places')),
    organizations: parseWith(DATA_FILES.organizations, Organizations, json('organizations')),
    documents: withTexts(
      parseWith(DATA_FILES.documents, DocumentRecords, json('documents')),
      files.documentTexts,
    ),
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

export function readDataFiles(directory: string): DataFiles {
  const read = (file: string) => readFileSync(path.join(directory, file), 'utf8');
  const documents = read(DATA_FILES.documents);
  // The index names the texts; one that does not parse is reported by parseDataset, with its file name.
  let files: string[] = [];
  try {
    files = (JSON.parse(documents) as { file?: unknown }[])
      .map((d) => d.file)
      .filter((f): f is string => typeof f === 'string' && /^[a-z0-9-]+\.(?:txt|json)$/.test(f));
  } catch {}
  return {
    places: read(DATA_FILES.places),
    organizations: read(DATA_FILES.organizations),
    documents,
    documentTexts: Object.fromEntries(files.map((f) => [f, read(path.join('documents', f))])),
    links: read(DATA_FILES.links),
    stats: read(DATA_FILES.stats),
    sources: read(DATA_FILES.sources),
    rates: read(DATA_FILES.rates),
    geographies: read(DATA_FILES.geographies),
  };
}

/** ATLAS_DATA_DIR lets the benchmark serve a generated dataset; the atlas itself always reads data/. */
export const DATA_DIRECTORY = process.env.ATLAS_DATA_DIR ?? path.join(process.cwd(), 'data');

/** The validated dataset, read once per server process. */
export function getDataset(): Dataset {
  return processWide('dataset', () => parseDataset(readDataFiles(DATA_DIRECTORY)));
}
