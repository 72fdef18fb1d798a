import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The minimum safe versions the README states (they close the 2026 advisories). This
 * registry refuses `npm audit` here, so the floor is checked against what is installed.
 */
const MINIMUM_SAFE = { next: '16.3.3', 'maplibre-gl': '6.4.1' } as const;

const parts = (version: string) => version.split(/[.+-]/).slice(0, 3).map(Number);

function atLeast(version: string, minimum: string): boolean {
  const [a, b] = [parts(version), parts(minimum)];
  for (let i = 0; i < 3; i += 1) {
    const [x = 0, y = 0] = [a[i], b[i]];
    if (x !== y) return x > y;
  }
  return true;
}

const installed = (name: string): string =>
  JSON.parse(readFileSync(path.join('node_modules', name, 'package.json'), 'utf8')).version;

describe('minimum safe versions', () => {
  it.each([
    ['16.3.3', '16.3.3', true],
    ['16.4.6', '16.3.3', true],
    ['16.3.2', '16.3.3', false],
    ['15.9.9', '16.3.3', false],
    ['6.10.0', '6.4.1', true],
    ['6.4.0', '6.4.1', false],
  ])('%s is at least %s: %s', (version, minimum, expected) => {
    expect(atLeast(version, minimum)).toBe(expected);
  });

  it.each(Object.entries(MINIMUM_SAFE))('%s is installed at or above %s', (name, minimum) => {
    expect(atLeast(installed(name), minimum)).toBe(true);
  });

  it('states the same floor in the README', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const [name, minimum] of Object.entries(MINIMUM_SAFE)) {
      expect(readme).toContain(`${name === 'next' ? 'Next.js' : name} ${minimum}`);
    }
  });
});
