/** A label's box in pixels: [left, top, right, bottom]. */
export type Box = [number, number, number, number];

/** A label's line height, in ems of its size (MapLibre sets text 1.2 ems apart by default). */
export const LINE_HEIGHT_EMS = 1.2;

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * About how wide a line of text is set: CJK characters a full em, other characters a little
 * over half of one (capitals more). No font is measured on the server; the estimate only
 * keeps labels from overlapping, as MapLibre's collision boxes do.
 */
export function textWidth(text: string, size: number, letterSpacing = 0): number {
  let ems = 0;
  for (const char of text) {
    if (WIDE.test(char)) ems += 1;
    else if (char === ' ') ems += 0.3;
    else ems += char === char.toUpperCase() && char !== char.toLowerCase() ? 0.68 : 0.56;
  }
  const count = [...text].length;
  return ems * size + letterSpacing * Math.max(0, count - 1);
}

/**
 * How far a line strays from the width all lines would share (MapLibre's line-breaking
 * badness): squared, and for the last line halved when short, doubled when long.
 */
function badness(width: number, target: number, last: boolean): number {
  const raggedness = (width - target) ** 2;
  if (!last) return raggedness;
  return width < target ? raggedness / 2 : raggedness * 2;
}

/**
 * Breaks a label at spaces as MapLibre does for `text-max-width`: a label wider than
 * `maxWidth` px is set in as many lines as that width needs, the breaks chosen so that the
 * lines come nearest an equal width (the last line rather shorter than longer).
 */
export function wrapText(text: string, size: number, maxWidth: number, letterSpacing = 0): string[] {
  const words = text.split(' ').filter((word) => word !== '');
  const whole = words.join(' ');
  const total = textWidth(whole, size, letterSpacing);
  if (words.length < 2 || total <= maxWidth) return whole ? [whole] : [];
  const target = total / Math.ceil(total / maxWidth);
  const widthOf = (from: number, to: number) =>
    textWidth(words.slice(from, to).join(' '), size, letterSpacing);
  // best[i]: the least badness of setting the first i words, and where its last line starts.
  const best: { cost: number; start: number }[] = [{ cost: 0, start: 0 }];
  for (let end = 1; end <= words.length; end += 1) {
    let chosen = { cost: Number.POSITIVE_INFINITY, start: 0 };
    for (let start = 0; start < end; start += 1) {
      const before = best[start]?.cost ?? Number.POSITIVE_INFINITY;
      const cost = before + badness(widthOf(start, end), target, end === words.length);
      if (cost < chosen.cost) chosen = { cost, start };
    }
    best.push(chosen);
  }
  const lines: string[] = [];
  for (let end = words.length; end > 0; end = best[end]?.start ?? 0)
    lines.unshift(words.slice(best[end]?.start ?? 0, end).join(' '));
  return lines;
}

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** The labels placed so far; a new one goes only where it overlaps none of them. */
export function createPlacer(within: Box) {
  const placed: Box[] = [];
  return {
    /** Claims the box if it is free and inside the picture. */
    claim(box: Box): boolean {
      const inside = box[0] >= within[0] && box[1] >= within[1] && box[2] <= within[2] && box[3] <= within[3];
      if (!inside || placed.some((other) => overlaps(box, other))) return false;
      placed.push(box);
      return true;
    },
    placed: () => [...placed],
  };
}

export type Placer = ReturnType<typeof createPlacer>;
