// Subsets Noto Sans SC to the characters the share-preview images can show: the
// Chinese in data/ and in the Chinese message catalogue, plus ASCII and common
// punctuation. The full font is 10 MB a weight; the subset is a few hundred kB, so
// the preview route can load it on every machine without the font installed.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '../..');
const out = path.join(root, 'lib', 'og', 'fonts');
const fontDir = path.dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'));

const sources = [
  ...readdirSync(path.join(root, 'data'))
    .filter((file) => file.endsWith('.json') || file.endsWith('.csv'))
    .map((file) => path.join(root, 'data', file)),
  path.join(root, 'lib', 'i18n', 'messages', 'zh.json'),
];

const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
const punctuation = '·–—“”‘’…、，。：；（）《》【】！？％°′″→↔×';
const text = [ascii, punctuation, ...sources.map((file) => readFileSync(file, 'utf8'))].join('');
const characters = [...new Set(text)]
  .filter((c) => c >= ' ' && c !== '\u007f')
  .sort()
  .join('');

mkdirSync(out, { recursive: true });
for (const [weight, file] of [
  ['400', '400Regular/NotoSansSC_400Regular.ttf'],
  ['700', '700Bold/NotoSansSC_700Bold.ttf'],
]) {
  const subset = await subsetFont(readFileSync(path.join(fontDir, file)), characters, {
    targetFormat: 'truetype',
  });
  writeFileSync(path.join(out, `noto-sans-sc-${weight}.ttf`), subset);
  console.log(`noto-sans-sc-${weight}.ttf: ${subset.length} bytes`);
}
writeFileSync(path.join(out, 'characters.txt'), characters);
copyFileSync(path.join(fontDir, 'LICENSE_FONT'), path.join(out, 'OFL.txt'));
console.log(`${[...characters].length} characters`);
