import { describe, expect, it } from 'vitest';
import { ErrorResponse } from '@/lib/api/contract/error';
import { isDecodablePath, malformedPathResponse } from './malformed-path';

describe('isDecodablePath', () => {
  it.each([
    ['/', true],
    ['/api/sources/some-id', true],
    ['/api/sources/%25', true],
    ['/api/sources/%E5%AD%97', true],
    ['/api/sources/%', false],
    ['/api/sources/%zz', false],
    ['/api/sources/%E0%A4%A', false],
    ['/api/sources/%C0%AF', false],
    ['/embed/%FF', false],
  ] as const)('%s → %s', (pathname, expected) => {
    expect(isDecodablePath(pathname)).toBe(expected);
  });
});

describe('malformedPathResponse', () => {
  it('answers the API with its documented 400 body, not echoing the path', async () => {
    const response = malformedPathResponse('/api/sources/%3Cscript%3E%');
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(ErrorResponse.parse(JSON.parse(text)).error.code).toBe('bad_request');
    expect(text).not.toContain('script');
  });

  it('answers a page with plain text', async () => {
    const response = malformedPathResponse('/embed/%');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  });
});
