import assert from 'node:assert/strict';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ErrorResponse } from '@/lib/api/contract/error';
import { buildOpenApiDocument } from '@/lib/api/contract/openapi';
import { parseCsvRecords } from '@/lib/data/csv';
import { getDataset } from '@/lib/data/load';
import { LinkKind, Metric, OrganizationKind, PlaceKind, RateSeries } from '@/lib/data/schema';
import { CURRENCIES } from '@/lib/domain';
import { GET as getHealth } from './health/route';
import { GET as getLink } from './links/[id]/route';
import { GET as getLinks } from './links/route';
import { GET as getOpenApi } from './openapi.json/route';
import { GET as getOrganization } from './organizations/[id]/route';
import { GET as getOrganizations } from './organizations/route';
import { GET as getPlace } from './places/[id]/route';
import { GET as getPlaces } from './places/route';
import { GET as getSource } from './sources/[id]/route';
import { GET as getSources } from './sources/route';
import { GET as getStats } from './stats/route';

/**
 * Property tests: thousands of generated query strings per route, valid and hostile,
 * sent straight to the route handlers. Whatever arrives, a route answers below 500,
 * an error has the documented body and never repeats what was sent, and a success
 * matches the OpenAPI document's schema (or, as CSV, starts with its header row).
 */

const RUNS = 10_000;

const dataset = getDataset();

// ---- What callers send --------------------------------------------------------

const oneOf = (options: readonly string[]) => fc.constantFrom(...options);
const year = fc.oneof(fc.integer({ min: 2010, max: 2025 }), fc.integer({ min: 1900, max: 2100 })).map(String);
const listOf = (options: readonly string[]) =>
  fc.shuffledSubarray([...options], { minLength: 1 }).map((items) => items.join(','));
const format = oneOf(['json', 'csv']);
const placeId = oneOf(dataset.places.map((p) => p.id));

const PAYLOADS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '<svg/onload=alert(document.domain)>',
  'javascript:alert(document.cookie)',
  "' OR '1'='1' --",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection payload, sent as plain text
  '${7*7}{{7*7}}<%= 7*7 %>',
  '../../../../etc/passwd',
  '\r\nSet-Cookie: atlas=owned',
  '{"$gt":""}',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'null',
  '[]',
  '\uD800',
  'a\uDFFFb',
  '\u0000',
  '\u202Egdp',
];
const NUMBERS = [
  '1e308',
  '-1e308',
  '9'.repeat(400),
  '-2016',
  '+2016',
  '02016',
  '2016.0',
  '2016 ',
  '0x7E0',
  '２０１６',
  '٢٠١٦',
  'NaN',
  'Infinity',
  '-0',
  '1899',
  '2101',
];
const PERCENT = ['%', '%%', '%zz', '%E0%A4%A', '%C0%AF', '%00', '%FF%FE', '%25', '%2C', '%252C', '%u0041'];

const unicodeText = fc.string({ unit: 'grapheme', maxLength: 40 });
/**
 * Any code point, lone surrogates included. A custom unit, because fast-check's
 * 'binary' unit indexes all 1.1 million code points before its first string.
 */
const codePoint = fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code));
const binaryText = fc.string({ unit: codePoint, maxLength: 200 });

const hostileValue = fc.oneof(
  fc.constant(''),
  fc.string(),
  unicodeText,
  binaryText,
  oneOf(PAYLOADS),
  oneOf(NUMBERS),
  oneOf(PERCENT),
  fc.oneof(fc.integer(), fc.double(), fc.bigInt()).map(String),
  // About 10 kB: far over the 200-character limit.
  oneOf(['a', '9', '<', '%', '字', ',', '-']).map((c) => c.repeat(10_240)),
);

/** A valid value gone wrong: wrong case, stray commas and spaces, repeats, a trailing NUL or %. */
const mutated = (valid: fc.Arbitrary<string>) =>
  fc
    .tuple(valid, fc.nat(6))
    .map(
      ([value, how]) =>
        [
          value.toUpperCase(),
          `${value},`,
          `,${value}`,
          `${value},${value}`,
          ` ${value}`,
          `${value}\u0000`,
          `${value}%`,
        ][how] ?? value,
    );

const hostileKey = fc.oneof(
  oneOf(['', 'KIND', 'Metric', 'kind[]', 'kind ', 'to\u0000', 'place;', 'format.', '%6Bind']),
  oneOf(PAYLOADS),
  fc.string(),
  unicodeText,
);

/** Lone surrogates cannot be percent-encoded; sent raw, the URL parser replaces them as a browser would. */
function encode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return text;
  }
}

const ENCODINGS: readonly ((text: string) => string)[] = [
  encode,
  (text) => text,
  (text) => encode(text).replaceAll('%20', '+'),
  (text) => encode(encode(text)),
];

type Parameters = Record<string, fc.Arbitrary<string>>;

/** Only parameters the route knows, each once, with a valid value, percent-encoded. */
const validQuery = (parameters: Parameters, required: readonly string[]) =>
  fc.record(parameters, { requiredKeys: [...required] }).map((query) =>
    Object.entries(query)
      .map(([name, value]) => `${name}=${encode(value)}`)
      .join('&'),
  );

/** Known and unknown names, repeats, valid, broken and hostile values, in any encoding, with or without "=". */
const hostileQuery = (parameters: Parameters) => {
  const known = Object.entries(parameters).map(([name, valid]) =>
    fc.tuple(fc.constant(name), fc.oneof(valid, mutated(valid), hostileValue)),
  );
  const entry = fc.record({
    pair: fc.oneof(...known, fc.tuple(hostileKey, hostileValue)),
    encoding: fc.constantFrom(...ENCODINGS),
    bare: fc.boolean(),
  });
  return fc
    .tuple(fc.array(entry, { maxLength: 8 }), oneOf(['&', '&', '&', '&&', ';']))
    .map(([entries, separator]) =>
      entries
        .map(({ pair: [name, value], encoding, bare }) =>
          bare && value === '' ? encoding(name) : `${encoding(name)}=${encoding(value)}`,
        )
        .join(separator),
    );
};

/** One parameter repeated up to 500 times. */
const floodQuery = (parameters: Parameters) =>
  fc
    .tuple(
      oneOf(Object.keys(parameters).length ? Object.keys(parameters) : ['x']),
      fc.integer({ min: 2, max: 500 }),
    )
    .map(([name, times]) => Array.from({ length: times }, () => `${name}=1`).join('&'));

const anyQuery = (parameters: Parameters, required: readonly string[] = []) =>
  fc.oneof(
    { weight: 4, arbitrary: validQuery(parameters, required) },
    { weight: 5, arbitrary: hostileQuery(parameters) },
    { weight: 1, arbitrary: floodQuery(parameters) },
    { weight: 1, arbitrary: binaryText },
  );

// ---- What the routes promise ---------------------------------------------------

const { paths, components } = buildOpenApiDocument();

const ajv = new Ajv2020({ strict: true, allErrors: true });
ajv.addFormat('uri', { type: 'string', validate: (text: string) => URL.canParse(text) });
const validators = new Map<string, ValidateFunction>();

/** The route's documented statuses and, for one of them, the compiled schema of a media type. */
function documented(path: string) {
  const operation = paths[path]?.get;
  if (!operation) throw new Error(`the OpenAPI document does not describe ${path}`);
  return {
    statuses: Object.keys(operation.responses).map(Number),
    validator(status: number, mediaType: string): ValidateFunction {
      const key = `${path} ${status} ${mediaType}`;
      const cached = validators.get(key);
      if (cached) return cached;
      const ref = operation.responses[String(status)]?.content?.[mediaType]?.schema.$ref;
      const schema =
        typeof ref === 'string' ? components.schemas[ref.replace('#/components/schemas/', '')] : undefined;
      if (!schema) throw new Error(`no ${mediaType} schema for ${status} on ${path}`);
      const compiled = ajv.compile(schema);
      validators.set(key, compiled);
      return compiled;
    },
  };
}

/** Text a careless route would repeat: long enough not to occur by chance, not made of API vocabulary. */
const echoable = (text: string) => text.length >= 8 && /[^a-z0-9_, -]/.test(text);

type Outcome = { status: number };

/** Bodies already checked against their schema: many queries get the same answer, and one check of it is enough. */
const conforming = new Set<string>();

function expectSchema(validate: ValidateFunction, text: string) {
  if (conforming.has(text)) return;
  assert.ok(validate(JSON.parse(text)), ajv.errorsText(validate.errors));
  conforming.add(text);
}

/** Throws with a message saying which promise broke; fast-check then reports the query that broke it. */
async function expectContract(
  path: string,
  response: Response,
  request: { url: URL; id?: string; csvHeader?: string },
): Promise<Outcome> {
  const { status } = response;
  const contract = documented(path);
  assert.ok(status < 500, `answered ${status}`);
  assert.ok(contract.statuses.includes(status), `status ${status} is not documented`);
  const type = response.headers.get('content-type') ?? '';
  const text = await response.text();
  if (status >= 400) {
    assert.match(type, /^application\/json/);
    expectSchema(contract.validator(status, 'application/json'), text);
    const { error } = ErrorResponse.parse(JSON.parse(text));
    assert.equal(error.code, status === 404 ? 'not_found' : 'bad_request');
    const said = [error.message, ...error.issues.flatMap((i) => [i.path, i.message])];
    for (const payload of sentText(request).filter(echoable)) {
      assert.ok(!text.includes(payload) && !said.some((s) => s.includes(payload)), 'echoes what was sent');
    }
  } else if (type.startsWith('text/csv')) {
    assert.equal(text.slice(0, text.indexOf('\r\n')), request.csvHeader);
    if (!conforming.has(text)) {
      parseCsvRecords(text);
      conforming.add(text);
    }
  } else {
    assert.match(type, /^application\/json/);
    expectSchema(contract.validator(status, 'application/json'), text);
  }
  return { status };
}

/** Every key and value the handler reads from the URL, decoded as it decodes them, and the path's id. */
const sentText = ({ url, id }: { url: URL; id?: string }) => [
  ...(id === undefined ? [] : [id]),
  ...[...url.searchParams].flat(),
];

const headerRow = async (response: Response) => {
  const text = await response.text();
  return text.slice(0, text.indexOf('\r\n'));
};

type QueryRoute = {
  path: string;
  handler: (request: Request) => Response;
  parameters: Parameters;
  required?: readonly string[];
  csvQuery?: string;
};

const QUERY_ROUTES: QueryRoute[] = [
  {
    path: '/api/places',
    handler: getPlaces,
    parameters: { kind: listOf(PlaceKind.options), format },
    csvQuery: 'format=csv',
  },
  {
    path: '/api/links',
    handler: getLinks,
    parameters: {
      from: year,
      to: year,
      kind: listOf(LinkKind.options),
      place: placeId,
      geometry: oneOf(['arc', 'none']),
      fields: oneOf(['all', 'index']),
      format,
    },
    csvQuery: 'format=csv',
  },
  {
    path: '/api/stats',
    handler: getStats,
    parameters: {
      metric: oneOf(Metric.options),
      places: listOf(dataset.places.map((p) => p.id)),
      from: year,
      to: year,
      currency: oneOf(CURRENCIES),
      rates: oneOf(RateSeries.options),
      format,
    },
    required: ['metric'],
    csvQuery: 'metric=gdp&format=csv',
  },
  { path: '/api/sources', handler: getSources, parameters: {} },
  {
    path: '/api/organizations',
    handler: getOrganizations,
    parameters: { kind: listOf(OrganizationKind.options) },
  },
  { path: '/api/openapi.json', handler: getOpenApi, parameters: {} },
  { path: '/api/health', handler: getHealth, parameters: {} },
];

/** Fails the run unless both successes and refusals were a real share of what was sent. */
function expectBothOutcomes(outcomes: Outcome[]) {
  const ok = outcomes.filter((o) => o.status < 300).length;
  expect(outcomes).toHaveLength(RUNS);
  expect(ok, 'successes').toBeGreaterThan(RUNS / 10);
  expect(RUNS - ok, 'refusals').toBeGreaterThan(RUNS / 10);
}

describe.each(QUERY_ROUTES)(
  '$path under generated queries',
  ({ path, handler, parameters, required, csvQuery }) => {
    it(`answers ${RUNS} of them within its contract`, async () => {
      const csvHeader = csvQuery
        ? await headerRow(handler(new Request(`http://atlas.test${path}?${csvQuery}`)))
        : undefined;
      const outcomes: Outcome[] = [];
      await fc.assert(
        fc.asyncProperty(anyQuery(parameters, required), async (query) => {
          const url = new URL(`http://atlas.test${path}?${query}`);
          outcomes.push(await expectContract(path, handler(new Request(url)), { url, csvHeader }));
        }),
        { numRuns: RUNS },
      );
      expectBothOutcomes(outcomes);
    }, 120_000);
  },
);

/** An id as a reader or an attacker may send it: a real one, a plausible one or a hostile one. */
const anyId = (ids: readonly string[]) =>
  fc.oneof(
    { weight: 3, arbitrary: oneOf(ids) },
    fc.stringMatching(/^[a-z0-9]{1,12}(?:-[a-z0-9]{1,12}){0,3}$/),
    hostileValue,
  );

type IdHandler = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;

/** The routes of one thing by id that take no query: anything in the query is refused. */
const ID_ROUTES: { path: string; ids: readonly string[]; handler: IdHandler }[] = [
  { path: '/api/sources/{id}', ids: dataset.sources.map((s) => s.id), handler: getSource },
  { path: '/api/organizations/{id}', ids: dataset.organizations.map((o) => o.id), handler: getOrganization },
  { path: '/api/links/{id}', ids: dataset.links.map((l) => l.id), handler: getLink },
];

describe.each(ID_ROUTES)('$path under generated ids and queries', ({ path, ids, handler }) => {
  it(`answers ${RUNS} of them within its contract`, async () => {
    const outcomes: Outcome[] = [];
    await fc.assert(
      fc.asyncProperty(anyId(ids), anyQuery({}), async (id, query) => {
        const url = new URL(`http://atlas.test${path.replace('{id}', encode(id))}?${query}`);
        const response = await handler(new Request(url), { params: Promise.resolve({ id }) });
        outcomes.push(await expectContract(path, response, { url, id }));
      }),
      { numRuns: RUNS },
    );
    expectBothOutcomes(outcomes);
  }, 120_000);
});

describe('/api/places/{id} under generated ids and queries', () => {
  const id = anyId(dataset.places.map((p) => p.id));
  const place = (placeId: string, url: URL) =>
    getPlace(new Request(url), { params: Promise.resolve({ id: placeId }) });

  it(`answers ${RUNS} of them within its contract`, async () => {
    const csvHeader = await headerRow(
      await place('shaoxing', new URL('http://atlas.test/api/places/shaoxing?format=csv')),
    );
    const outcomes: Outcome[] = [];
    await fc.assert(
      fc.asyncProperty(id, anyQuery({ currency: oneOf(CURRENCIES), format }), async (placeId, query) => {
        const url = new URL(`http://atlas.test/api/places/${encode(placeId)}?${query}`);
        outcomes.push(
          await expectContract('/api/places/{id}', await place(placeId, url), {
            url,
            id: placeId,
            csvHeader,
          }),
        );
      }),
      { numRuns: RUNS },
    );
    expectBothOutcomes(outcomes);
  }, 120_000);
});
