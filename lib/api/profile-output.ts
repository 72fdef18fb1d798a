import { z } from 'zod';
import { recordsToCsv } from '@/lib/data/csv';
import type { PlaceProfile, ProfileFigure } from '@/lib/data/profile';
import { Bilingual, Metric } from '@/lib/data/schema';
import { PlaceProperties } from './places-output';
import { POINT_CSV_COLUMNS, pointCsvFields, StatPointOutput } from './stats-output';

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

export function profileToCsv(profile: PlaceProfile): string {
  const row = (section: string) => (f: ProfileFigure) => ({
    section,
    metric: f.metric,
    geography: f.geography,
    ...pointCsvFields(f),
  });
  return recordsToCsv(
    ['section', 'metric', 'geography', ...POINT_CSV_COLUMNS],
    [...profile.latest.map(row('latest')), ...profile.fromSourceDocument.map(row('source_document'))],
  );
}
