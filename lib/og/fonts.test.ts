import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { previewFonts, subsetCharacters } from './fonts';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/u;

describe('the preview font subset', () => {
  it('holds every Chinese character the data and the messages use (rebuild it with scripts/fonts otherwise)', () => {
    const files = [
      // The files the builder reads: data/'s own JSON and CSV (documents/ is shown in its own language only).
      ...readdirSync('data')
        .filter((file) => file.endsWith('.json') || file.endsWith('.csv'))
        .map((file) => path.join('data', file)),
      path.join('lib', 'i18n', 'messages', 'zh.json'),
    ];
    const used = new Set(
      [...files.map((file) => readFileSync(file, 'utf8')).join('')].filter((c) => CJK.test(c)),
    );
    const held = subsetCharacters();
    expect([...used].filter((c) => !held.has(c))).toEqual([]);
    expect(used.size).toBeGreaterThan(100);
  });

  it('is a TrueType font in two weights', () => {
    for (const font of previewFonts()) {
      expect(font.data.subarray(0, 4).toString('hex')).toBe('00010000');
    }
  });
});
