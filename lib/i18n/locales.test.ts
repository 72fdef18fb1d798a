import { describe, expect, it } from 'vitest';
import { negotiateLocale, requestLocale } from './locales';

describe('negotiateLocale', () => {
  it.each([
    [null, 'en'],
    ['', 'en'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh'],
    ['en-US,en;q=0.9', 'en'],
    ['zh-TW', 'zh'],
    ['zh-Hant-HK;q=0.5, en;q=0.8', 'en'],
    ['fr-FR,fr;q=0.9,zh;q=0.5', 'zh'],
    ['de, ja', 'en'],
    ['*', 'en'],
    ['zh;q=0, en', 'en'],
    ['en;q=abc, zh', 'zh'],
  ])('%s → %s', (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });
});

describe('requestLocale', () => {
  it.each([
    ['zh', 'en-US', 'zh'],
    ['en', 'zh-CN', 'en'],
    [null, 'zh-CN', 'zh'],
    ['fr', 'zh-CN', 'zh'],
    ['<script>', null, 'en'],
  ])('lang=%s with Accept-Language %s → %s', (lang, accept, locale) => {
    expect(requestLocale(lang, accept)).toBe(locale);
  });
});
