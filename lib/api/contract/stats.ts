import { z } from 'zod';
import { Bilingual, Id, Metric, Qualifier, RateSeries, Status, Vintage } from '@/lib/data/schema';
import { CURRENCIES } from '@/lib/domain';

export const RateUsed = z.object({
  year: z.number().int(),
  cnyPerUsd: z.number().positive(),
  series: RateSeries,
  status: Status,
  source: Id,
});

export const StatPointOutput = z.object({
  year: z.number().int().nullable(),
  value: z
    .number()
    .nullable()
    .meta({ description: 'Null where no citable figure exists: a gap, never zero.' }),
  qualifier: Qualifier,
  unit: z.string(),
  status: Status,
  vintage: Vintage,
  source: Id,
  note: z.string(),
  original: z.object({ value: z.number().nullable(), unit: z.string() }),
  rate: RateUsed.nullable().meta({ description: 'The CNY-per-USD rate used to convert this point, if any.' }),
});

export const StatsResponse = z.object({
  metric: Metric,
  unit: z.string(),
  currency: z.enum(CURRENCIES).nullable(),
  series: z.array(
    z.object({
      place: Id,
      name: Bilingual,
      geography: z.string(),
      geographyName: Bilingual,
      points: z.array(StatPointOutput),
    }),
  ),
  rates: z.array(RateUsed),
});
export type StatsResponse = z.infer<typeof StatsResponse>;
