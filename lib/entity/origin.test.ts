import { describe, expect, it } from 'vitest';
import { requestOrigin } from './origin';

describe('requestOrigin', () => {
  it.each<[string | null, string | null, string]>([
    ['127.0.0.1:3202', null, 'http://127.0.0.1:3202'],
    ['Atlas.Example', 'https', 'https://atlas.example'],
    ['atlas.example', 'https, http', 'https://atlas.example'],
    ['atlas.example', 'gopher', 'http://atlas.example'],
    ['[::1]:3000', null, 'http://[::1]:3000'],
    ['evil.example/<script>', 'https', 'https://localhost:3000'],
    ['a b', null, 'http://localhost:3000'],
    [null, null, 'http://localhost:3000'],
  ])('%s (%s)', (host, proto, expected) => {
    expect(requestOrigin(host, proto)).toBe(expected);
  });
});
