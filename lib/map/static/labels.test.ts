import { describe, expect, it } from 'vitest';
import { createPlacer, textWidth, wrapText } from './labels';

describe('wrapText', () => {
  it.each([
    // What the live map draws for the site's label at 14 px: the lines balanced, not filled.
    { text: 'Lin-gang Special Area', size: 14, maxWidth: 140, lines: ['Lin-gang', 'Special Area'] },
    { text: 'Zhangjiang Science City', size: 12, maxWidth: 120, lines: ['Zhangjiang', 'Science City'] },
    { text: 'Shanghai', size: 14, maxWidth: 140, lines: ['Shanghai'] },
    {
      text: 'Massachusetts-Institute-of-Technology',
      size: 14,
      maxWidth: 140,
      lines: ['Massachusetts-Institute-of-Technology'],
    },
    { text: '临港新片区', size: 14, maxWidth: 140, lines: ['临港新片区'] },
    { text: '  Lin-gang   Special  Area ', size: 14, maxWidth: 140, lines: ['Lin-gang', 'Special Area'] },
    { text: '', size: 14, maxWidth: 140, lines: [] },
  ])('sets “$text” in $lines.length line(s)', ({ text, size, maxWidth, lines }) => {
    expect(wrapText(text, size, maxWidth)).toEqual(lines);
  });

  it('sets a label three widths wide in three lines of about a third each', () => {
    const text = 'Shanghai Zhangjiang Boston Enterprise Park Cooperation Office';
    const total = textWidth(text, 12);
    const lines = wrapText(text, 12, total / 2.5);
    expect(lines).toHaveLength(3);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThan((total / 3) * 1.6);
  });
});

describe('createPlacer', () => {
  it('takes a free box inside the picture once, and no box overlapping it', () => {
    const placer = createPlacer([0, 0, 100, 100]);
    expect(placer.claim([10, 10, 30, 20])).toBe(true);
    expect(placer.claim([25, 15, 40, 25])).toBe(false);
    expect(placer.claim([30, 10, 50, 20])).toBe(true);
    expect(placer.claim([90, 90, 110, 95])).toBe(false);
  });
});
