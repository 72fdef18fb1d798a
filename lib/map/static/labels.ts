/** A label's box in pixels: [left, top, right, bottom]. */
export type Box = [number, number, number, number];

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

/** Breaks a label at spaces into lines no wider than `maxWidth` px (MapLibre's text-max-width). */
export function wrapText(text: string, size: number, maxWidth: number, letterSpacing = 0): string[] {
  const words = text.split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, size, letterSpacing) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
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
