import { matchesTag, notModified } from './responses';

/** A route's 200 answer as bytes, to be sent again without running the route. */
export type Snapshot = { headers: [string, string][]; body: Uint8Array<ArrayBuffer>; tag: string };

/** Only a 200 with an entity tag is kept: errors and untagged answers stay the route's to give. */
export async function takeSnapshot(response: Response): Promise<Snapshot | null> {
  const tag = response.headers.get('etag');
  if (response.status !== 200 || tag === null) return null;
  return { headers: [...response.headers], body: new Uint8Array(await response.arrayBuffer()), tag };
}

/** The route's answer to this request, as the route gives it: 304 when the tag still matches. */
export function replay(snapshot: Snapshot, request: Request): Response {
  if (matchesTag(request, snapshot.tag)) return notModified(snapshot.tag);
  const body = request.method === 'HEAD' ? null : snapshot.body;
  return new Response(body, { status: 200, headers: snapshot.headers });
}

/**
 * Answers for a fixed set of keys, each taken from `answer` on first use and kept for the
 * process's life: they depend only on the URL and the data, which is read once per process.
 * A key whose answer is not kept (an error) gets null every time, for its route to answer.
 */
export function snapshotCache(answer: (key: string) => Response) {
  const kept = new Map<string, Promise<Snapshot | null>>();
  return async (key: string, request: Request): Promise<Response | null> => {
    let snapshot = kept.get(key);
    if (snapshot === undefined) {
      // A failure is the route's to report: it runs, and logs, when this gives way to it.
      snapshot = Promise.resolve()
        .then(() => takeSnapshot(answer(key)))
        .catch(() => null);
      kept.set(key, snapshot);
    }
    const taken = await snapshot;
    return taken === null ? null : replay(taken, request);
  };
}
