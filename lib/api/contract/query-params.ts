import { z } from 'zod';
import { Id, LinkKind, Metric, PlaceKind, RateSeries } from '@/lib/data/schema';
import { CURRENCIES } from '@/lib/domain';

/** Longer values are refused before any parsing: nothing legitimate comes close. */
export const MAX_PARAMETER_LENGTH = 200;

const Year = z
  .string()
  .regex(/^\d{4}$/, 'must be a four-digit year')
  .transform(Number)
  .pipe(z.number().min(1900, 'must be 1900 or later').max(2100, 'must be 2100 or earlier'))
  .meta({ description: 'A calendar year, e.g. 2016.' });

/** A comma-separated list whose items each match `item`, without repeats. */
export const commaList = <T extends z.ZodType<string, string>>(item: T, description: string) =>
  z
    .string()
    .transform((text) => text.split(','))
    .pipe(
      z
        .array(item)
        .min(1)
        .refine((items) => new Set(items).size === items.length, 'lists an item twice'),
    )
    .meta({ description });

const CurrencyParam = z.enum(CURRENCIES).meta({
  description: 'Currency of money figures, converted at the same year’s average rate. Default CNY.',
});

export const Format = z
  .enum(['json', 'csv'])
  .meta({ description: 'Response format; json unless csv is asked for.' });

const yearRangeIsOrdered = (q: { from?: number; to?: number }) =>
  q.from === undefined || q.to === undefined || q.from <= q.to;
const yearRangeMessage = { message: '"from" must not be later than "to"', path: ['from'] };

export const PlacesQuery = z.strictObject({
  kind: commaList(PlaceKind, 'Only places of these kinds (comma-separated).').optional(),
  format: Format.optional(),
});

export const LinksQuery = z
  .strictObject({
    from: Year.optional(),
    to: Year.optional(),
    kind: commaList(LinkKind, 'Only links of these kinds (comma-separated).').optional(),
    place: Id.meta({
      description:
        'Only links that touch this place or a place inside it (e.g. shanghai includes zhangjiang).',
    }).optional(),
    geometry: z
      .enum(['arc', 'none'])
      .meta({
        description:
          'arc (default): each link with its great-circle arc; none: the links without geometry (null), for lists.',
      })
      .optional(),
    fields: z
      .enum(['all', 'index'])
      .meta({
        description:
          'all (default): every field; index (with geometry=none, JSON only): what a list needs to show, filter and draw the links (ends, kind, dates, titles, sources, actors, status and the evidence grade), without summaries, terms, events and evidence counts. /api/links/{id} answers one link in full.',
      })
      .optional(),
    format: Format.optional(),
  })
  .refine(yearRangeIsOrdered, yearRangeMessage)
  .refine((query) => query.fields !== 'index' || (query.geometry === 'none' && query.format !== 'csv'), {
    message: 'fields=index goes with geometry=none, in JSON (a CSV always has every field)',
    path: ['fields'],
  });

export const StatsQuery = z
  .strictObject({
    metric: Metric.meta({ description: 'Which figure to return.' }),
    places: commaList(Id, 'Only these places (comma-separated ids), in this order.').optional(),
    from: Year.meta({
      description: 'First year. With from or to, figures without a year are left out.',
    }).optional(),
    to: Year.meta({ description: 'Last year.' }).optional(),
    currency: CurrencyParam.optional(),
    rates: RateSeries.meta({
      description:
        'Convert money with this exchange-rate series only (a year it lacks is a gap). By default the answer uses the one series that covers all its years, and where none does, each year’s preferred rate; rateSeries in the answer says which.',
    }).optional(),
    format: Format.optional(),
  })
  .refine(yearRangeIsOrdered, yearRangeMessage);

/** For routes that take no parameters: anything sent is refused like an unknown parameter anywhere else. */
export const NoQuery = z.strictObject({});

export const PlaceProfileQuery = z.strictObject({
  currency: CurrencyParam.optional(),
  format: Format.optional(),
});

export type QueryIssue = { path: string; message: string };

export type QueryResult<T> = { ok: true; data: T } | { ok: false; issues: QueryIssue[] };

/**
 * Reads a query string against a strict schema. Repeated, over-long and unknown
 * parameters are refused; messages name parameters the schema knows, never the
 * text that was sent, so nothing a caller wrote is echoed back.
 */
export function parseQuery<S extends z.ZodType>(
  schema: S,
  params: URLSearchParams,
  known: readonly string[],
): QueryResult<z.output<S>> {
  const issues: QueryIssue[] = [];
  const values: Record<string, string> = {};
  let unknown = 0;
  for (const [key, value] of params) {
    if (!known.includes(key)) {
      unknown += 1;
      continue;
    }
    if (key in values) issues.push({ path: key, message: 'is given more than once' });
    else if (value.length > MAX_PARAMETER_LENGTH) {
      issues.push({ path: key, message: `is longer than ${MAX_PARAMETER_LENGTH} characters` });
    }
    values[key] = value;
  }
  if (unknown > 0) {
    const allowed = known.length > 0 ? `allowed: ${known.join(', ')}` : 'this endpoint takes none';
    issues.push({ path: '', message: `${unknown} unknown parameter(s) (${allowed})` });
  }
  if (issues.length > 0) return { ok: false, issues };
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '');
      return { path: known.includes(name) ? name : '', message: issueMessage(issue) };
    }),
  };
}

function issueMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_value':
      return `must be one of: ${issue.values.map(String).join(', ')}`;
    case 'invalid_type':
      return issue.expected === 'nonoptional' || issue.input === undefined ? 'is required' : issue.message;
    default:
      return issue.message;
  }
}

/** The parameter names a strict query schema accepts, for messages and the OpenAPI document. */
export function parameterNames(schema: z.ZodType): string[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, unknown>;
  };
  return Object.keys(json.properties ?? {});
}
