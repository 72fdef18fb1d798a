import { z } from 'zod';
import { recordsToCsv } from '@/lib/data/csv';
import type { PlaceProfile, ProfileFigure } from '@/lib/data/profile';
import { Bilingual, Metric } from '@/lib/data/schema';
import { PlaceProperties } from './places-output';
import { StatPointOutput } from './stats-output';

const ProfileFigureOutput = StatPointOutput.extend({
  metric: Metric,
  geography: z.string(),
  geographyName: Bilingual,
});

export const PlaceProfileResponse = z.object({
  place: PlaceProperties,
  latest: z.array(ProfileFigureOutput),
  fromSourceDocument: z.array(ProfileFigureOutput),
});

const COLUMNS = [
  'section',
  'metric',
  'geography',
  'year',
  'value',
  'unit',
  'qualifier',
  'status',
  'vintage',
  'source',
  'rate_cny_per_usd',
  'note',
] as const;

export function profileToCsv(profile: PlaceProfile): string {
  const row = (section: string) => (f: ProfileFigure) => ({
    section,
    metric: f.metric,
    geography: f.geography,
    year: f.year,
    value: f.value,
    unit: f.unit,
    qualifier: f.qualifier,
    status: f.status,
    vintage: f.vintage,
    source: f.source,
    rate_cny_per_usd: f.rate?.cnyPerUsd,
    note: f.note,
  });
  return recordsToCsv(COLUMNS, [
    ...profile.latest.map(row('latest')),
    ...profile.fromSourceDocument.map(row('source_document')),
  ]);
}
