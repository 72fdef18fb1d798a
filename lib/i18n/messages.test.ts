import { describe, expect, it } from 'vitest';
import en from './messages/en.json';
import zh from './messages/zh.json';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value] as [string, string]]
      : leaves(value, `${prefix}${key}.`),
  );
}

/** The ICU arguments at the top level of a message (not the words inside select or plural branches). */
function placeholders(text: string): string[] {
  const found: string[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '{') {
      if (depth === 0) found.push(/^\{(\w+)/.exec(text.slice(i))?.[1] ?? '');
      depth += 1;
    } else if (text[i] === '}') depth -= 1;
  }
  return found.sort();
}

describe('the message catalogues', () => {
  const english = new Map(leaves(en));
  const chinese = new Map(leaves(zh));

  it('have the same keys', () => {
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each([
    ['English', english],
    ['Chinese', chinese],
  ])('%s has no empty value', (_name, catalogue) => {
    for (const [key, value] of catalogue) expect(value.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, value] of english)
      expect(placeholders(chinese.get(key) ?? ''), key).toEqual(placeholders(value));
  });

  it('really translate: Chinese strings carry Chinese characters unless they are codes', () => {
    const untranslated = [...chinese].filter(
      ([key, value]) => value === english.get(key) && !/^(PNG|SVG|CSV|English|中文)$/.test(value),
    );
    expect(untranslated).toEqual([]);
  });
});

describe('parameter names', () => {
  it('has a name in each language for every URL parameter the notice may name', async () => {
    const { viewUrlKeys } = await import('@/lib/view/parsers');
    for (const key of Object.values(viewUrlKeys)) {
      expect(en.params, key).toHaveProperty(key);
      expect(zh.params, key).toHaveProperty(key);
    }
  });
});
