import { describe, expect, it } from 'vitest';
import { FALLBACK_PLACE_COLOUR, LINK_KIND_STYLE, PLACE_COLOURS, placeColour } from './palette';

const parents: Record<string, string | null> = {
  shanghai: null,
  zhangjiang: 'shanghai',
  'zhangjiang-lab': 'zhangjiang',
  boston: null,
  nowhere: null,
};
const parentOf = (id: string) => parents[id] ?? null;

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}
const contrastWithWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

describe('placeColour', () => {
  it.each([
    ['a featured place', 'shanghai', PLACE_COLOURS.shanghai],
    ['a site inside it', 'zhangjiang', PLACE_COLOURS.shanghai],
    ['a site two levels down', 'zhangjiang-lab', PLACE_COLOURS.shanghai],
    ['a place outside every featured one', 'nowhere', FALLBACK_PLACE_COLOUR],
  ])('%s', (_name, id, colour) => {
    expect(placeColour(id, parentOf)).toBe(colour);
  });
});

describe('contrast', () => {
  it.each([
    ...Object.entries(PLACE_COLOURS),
    ...Object.entries(LINK_KIND_STYLE).map(([k, s]) => [k, s.colour]),
  ])('%s stands at least 3:1 against white', (_name, colour) => {
    expect(contrastWithWhite(colour as string)).toBeGreaterThanOrEqual(3);
  });

  it('gives every colour once', () => {
    const all = [...Object.values(PLACE_COLOURS), ...Object.values(LINK_KIND_STYLE).map((s) => s.colour)];
    expect(new Set(all).size).toBe(all.length);
  });
});
