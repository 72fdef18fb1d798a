import { recordsToCsv } from '@/lib/data/csv';
import type { PlaceProfile, ProfileFigure } from '@/lib/data/profile';
import { POINT_CSV_COLUMNS, pointCsvFields } from './stats-output';

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
