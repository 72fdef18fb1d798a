import { z } from 'zod';
import { Bilingual, Metric } from '@/lib/data/schema';
import { PlaceProperties } from './places';
import { StatPointOutput } from './stats';

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
