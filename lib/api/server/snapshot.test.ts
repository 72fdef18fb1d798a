import { describe, expect, it, vi } from 'vitest';
import { errorResponse, jsonResponse } from './responses';
import { replay, snapshotCache, takeSnapshot } from './snapshot';

const PAYLOAD = { type: 'FeatureCollection', features: [{ id: 'a', name: '上海' }] };
const request = (headers: Record<string, string> = {}, method = 'GET') =>
  new Request('http://atlas.test/api/links', { headers, method });
const routeAnswer = (req = request()) => jsonResponse(req, PAYLOAD);

async function taken() {
  const snapshot = await takeSnapshot(routeAnswer());
  if (snapshot === null) throw new Error('expected a snapshot');
  return snapshot;
}

describe('takeSnapshot', () => {
  it.each([
    ['a 400', () => errorResponse(400, 'bad_request', 'no')],
    ['a 500', () => errorResponse(500, 'internal_error', 'no')],
    ['a 200 without an entity tag', () => Response.json(PAYLOAD)],
  ])('keeps nothing of %s', async (_name, answer) => {
    expect(await takeSnapshot(answer())).toBeNull();
  });
});

describe('replay answers as the route does', () => {
  it('with the same status, headers and bytes', async () => {
    const snapshot = await taken();
    const route = routeAnswer();
    const again = replay(snapshot, request());
    expect(again.status).toBe(200);
    expect([...again.headers]).toEqual([...route.headers]);
    expect(await again.text()).toBe(await route.text());
  });

  it('again and again (the kept bytes are not used up)', async () => {
    const snapshot = await taken();
    const bodies = await Promise.all([1, 2, 3].map(() => replay(snapshot, request()).text()));
    expect(new Set(bodies).size).toBe(1);
    expect(bodies[0]).toBe(JSON.stringify(PAYLOAD));
  });

  it.each([
    ['the tag', (tag: string) => tag, 304],
    ['the tag, weakly', (tag: string) => `W/${tag}`, 304],
    ['the tag among others', (tag: string) => `"other", ${tag}`, 304],
    ['any tag', () => '*', 304],
    ['another tag', () => '"other"', 200],
  ])('to If-None-Match naming %s', async (_name, header, status) => {
    const snapshot = await taken();
    const conditional = (req: Request) => req.headers.set('If-None-Match', header(snapshot.tag));
    const fromRoute = request();
    conditional(fromRoute);
    const fromSnapshot = request();
    conditional(fromSnapshot);
    const route = routeAnswer(fromRoute);
    const again = replay(snapshot, fromSnapshot);
    expect([again.status, route.status]).toEqual([status, status]);
    expect([...again.headers]).toEqual([...route.headers]);
  });

  it('to HEAD with the headers and no body', async () => {
    const again = replay(await taken(), request({}, 'HEAD'));
    expect(again.status).toBe(200);
    expect(again.headers.get('etag')).toBe((await taken()).tag);
    expect(again.body).toBeNull();
  });
});

describe('snapshotCache', () => {
  it('runs the route once per key, however many ask at once', async () => {
    const answer = vi.fn((_key: string) => routeAnswer());
    const cached = snapshotCache(answer);
    const answers = await Promise.all([1, 2, 3].map(() => cached('/api/links', request())));
    await cached('/api/places', request());
    expect(answers.map((a) => a?.status)).toEqual([200, 200, 200]);
    expect(answer.mock.calls.map(([key]) => key)).toEqual(['/api/links', '/api/places']);
  });

  it.each([
    ['answers an error', () => errorResponse(500, 'internal_error', 'no')],
    [
      'throws',
      () => {
        throw new Error('no data');
      },
    ],
  ])('gives way to the route when the route %s', async (_name, answer) => {
    const cached = snapshotCache(answer);
    expect(await cached('/api/links', request())).toBeNull();
    expect(await cached('/api/links', request())).toBeNull();
  });
});
