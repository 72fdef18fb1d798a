import { readFileSync } from 'node:fs';
import path from 'node:path';

const DIRECTORY = path.join(process.cwd(), 'lib', 'og', 'fonts');

let cached: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

/**
 * Noto Sans SC, cut down to the characters the atlas writes (scripts/fonts builds
 * it), so the preview image draws Chinese on any machine. Read once per process.
 */
export function previewFonts() {
  cached ??= ([400, 700] as const).map((weight) => ({
    name: 'Noto Sans SC',
    data: readFileSync(path.join(DIRECTORY, `noto-sans-sc-${weight}.ttf`)),
    weight,
    style: 'normal' as const,
  }));
  return cached;
}

/** The characters the subset holds, for the test that keeps it in step with the data and messages. */
export function subsetCharacters(): Set<string> {
  return new Set(readFileSync(path.join(DIRECTORY, 'characters.txt'), 'utf8'));
}
