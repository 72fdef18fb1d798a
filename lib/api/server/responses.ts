import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { ErrorResponse } from '@/lib/api/contract/error';
import type { QueryIssue } from '@/lib/api/contract/query-params';

export type ErrorCode = z.infer<typeof ErrorResponse>['error']['code'];

export type ErrorBody = { error: { code: ErrorCode; message: string; issues: QueryIssue[] } };

/** The data only changes with a deploy; a short max-age keeps a new deploy visible within minutes. */
const CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=86400';

function entityTag(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** Whether a request's If-None-Match names this tag (weakly, as RFC 9110 asks for GET). */
export function matchesTag(request: Request, tag: string): boolean {
  const header = request.headers.get('if-none-match');
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === tag);
}

/** What a 200 and its 304 both carry. */
export const cacheHeaders = (tag: string) => ({
  ETag: tag,
  'Cache-Control': CACHE_CONTROL,
  Vary: 'Accept-Encoding',
});

export const notModified = (tag: string) => new Response(null, { status: 304, headers: cacheHeaders(tag) });

function cachedResponse(request: Request, body: string, headers: Record<string, string>): Response {
  const tag = entityTag(body);
  if (matchesTag(request, tag)) return notModified(tag);
  return new Response(body, { status: 200, headers: { ...cacheHeaders(tag), ...headers } });
}

export function jsonResponse(request: Request, payload: unknown): Response {
  return cachedResponse(request, JSON.stringify(payload), {
    'Content-Type': 'application/json; charset=utf-8',
  });
}

export function csvResponse(request: Request, csv: string, filename: string): Response {
  return cachedResponse(request, csv, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${filename}"`,
  });
}

export function errorResponse(
  status: 400 | 404 | 500,
  code: ErrorCode,
  message: string,
  issues: QueryIssue[] = [],
) {
  const body: ErrorBody = { error: { code, message, issues } };
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}

export const badRequest = (issues: QueryIssue[]) =>
  errorResponse(400, 'bad_request', 'The query has parameters that cannot be used; see issues.', issues);
