import { describe, expect, it } from 'vitest';
import type { Locale } from '@/lib/domain';
import { type SearchEntry, searchEntities, searchForm } from './match';

const ENTRIES: SearchEntry[] = [
  { kind: 'place', id: 'shanghai', name: { en: 'Shanghai', zh: '上海' } },
  { kind: 'place', id: 'lingang', name: { en: 'Lin-gang Special Area', zh: '临港新片区' } },
  { kind: 'place', id: 'suzhou', name: { en: 'Suzhou', zh: '苏州' } },
  { kind: 'place', id: 'suzhou-park', name: { en: 'Suzhou Industrial Park', zh: '苏州工业园区' } },
  {
    kind: 'organization',
    id: 'shanghai-gov',
    name: { en: "People's Government of Shanghai", zh: '上海市人民政府' },
  },
  { kind: 'organization', id: 'cast', name: { en: 'China Association for Science', zh: '中国科学技术协会' } },
  {
    kind: 'link',
    id: 'tasks',
    name: { en: 'Shanghai–Suzhou cooperation tasks', zh: '沪苏科技创新合作任务' },
  },
  { kind: 'link', id: 'park', name: { en: 'Boston Enterprise Park', zh: '上海张江波士顿企业园' } },
];

const ids = (query: string, locale: Locale, limit?: number) =>
  searchEntities(ENTRIES, query, locale, limit).map((hit) => `${hit.entry.id}:${hit.matched}`);

describe('searchForm', () => {
  it.each([
    ['Lin-gang', 'lingang'],
    ['  SHANGHAI ', 'shanghai'],
    ['Ｓｕｚｈｏｕ', 'suzhou'],
    ['Zürich', 'zurich'],
    ['上海 · 张江', '上海张江'],
    ['?!', ''],
  ])('%s → %s', (text, form) => {
    expect(searchForm(text)).toBe(form);
  });
});

describe('searchEntities', () => {
  it.each<[string, string, Locale, string[]]>([
    ['a Chinese name finds the entity on the English page', '苏州', 'en', ['suzhou:zh', 'suzhou-park:zh']],
    [
      'an English name finds it on the Chinese page',
      'suzhou',
      'zh',
      ['suzhou:en', 'suzhou-park:en', 'tasks:en'],
    ],
    ['case and hyphens do not matter', 'LINGANG', 'en', ['lingang:en']],
    [
      'a whole name before a name that starts with it',
      'Suzhou',
      'en',
      ['suzhou:en', 'suzhou-park:en', 'tasks:en'],
    ],
    [
      'start of a name, then start of a word, then anywhere; places first among equals',
      'shanghai',
      'en',
      ['shanghai:en', 'tasks:en', 'shanghai-gov:en'],
    ],
    ['a word inside a name, places before links', 'park', 'en', ['suzhou-park:en', 'park:en']],
    ['Chinese inside a name', '张江', 'zh', ['park:zh']],
    [
      'the reading language first when both match as well',
      '上海',
      'zh',
      ['shanghai:zh', 'shanghai-gov:zh', 'park:zh'],
    ],
    ['nothing for no match', 'beijing', 'en', []],
    ['nothing for an empty or blank query', '  ', 'en', []],
    ['nothing for punctuation alone', '—', 'zh', []],
  ])('%s', (_, query, locale, expected) => {
    expect(ids(query, locale)).toEqual(expected);
  });

  it('stops at the limit', () => {
    expect(ids('a', 'en', 2)).toHaveLength(2);
  });
});
