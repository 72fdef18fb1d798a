import { z } from 'zod';
import {
  Bilingual,
  Id,
  Metric,
  PopulationBasis,
  Qualifier,
  RateSeries,
  Status,
  Vintage,
} from '@/lib/data/schema';
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

/** A stats point: the figure plus how its year, basis and release were read, and where its line breaks. */
export const StatsPointOutput = StatPointOutput.extend({
  yearStatus: z.literal('inferred').nullable().meta({
    description:
      "Inferred where the year is taken from the document's date; null where the source states it.",
  }),
  basis: PopulationBasis.nullable().meta({
    description: 'The population the figure counts or is divided by; null where that does not apply.',
  }),
  release: z.string().nullable().meta({ description: 'The data release, where one line mixes releases.' }),
  basisBreak: z.boolean().meta({ description: "True where the basis differs from the previous figure's." }),
  vintageBreak: z
    .boolean()
    .meta({ description: "True where the vintage or release differs from the previous figure's." }),
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
      points: z.array(StatsPointOutput),
    }),
  ),
  rates: z.array(RateUsed),
  rateSeries: RateSeries.nullable().meta({
    description:
      'The one exchange-rate series every conversion used; null where nothing was converted or where no single series covers the years (then each point’s rate names its series).',
  }),
});
export type StatsResponse = z.infer<typeof StatsResponse>;
