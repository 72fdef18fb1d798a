// Writes a copy of data/ with N synthetic cooperation links added, for the scale benchmark.
// The shipped data/ is never touched: the copy goes to a directory the caller names.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const KINDS = ['enterprise_park', 'technology_transfer', 'cooperation_agreement', 'organization_cluster'];

/** Deterministic, so every run of the benchmark draws the same network. */
function pairsOf(placeIds) {
  const pairs = [];
  for (const from of placeIds) for (const to of placeIds) if (from !== to) pairs.push([from, to]);
  return pairs;
}

function isoDay(index) {
  const day = new Date(Date.UTC(2000, 0, 1) + (index % 9000) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/** N links between the existing places, each valid against lib/data/schema.ts and citing a cited source. */
export function syntheticLinks(count, places, sourceId) {
  const pairs = pairsOf(places.map((p) => p.id));
  return Array.from({ length: count }, (_, i) => {
    const [from, to] = pairs[i % pairs.length];
    const n = String(i + 1).padStart(6, '0');
    return {
      id: `synthetic-link-${n}`,
      from,
      to,
      mutual: i % 3 === 0,
      venue: null,
      kind: KINDS[i % KINDS.length],
      date: isoDay(i),
      dateStatus: 'inferred',
      title: { en: `Synthetic benchmark link ${n}`, zh: `基准测试合成链接 ${n}` },
      summary: {
        en: `A generated link between ${from} and ${to}, for measuring the map at scale only.`,
        zh: `仅用于大规模地图性能测试的生成链接（${from} — ${to}）。`,
      },
      terms: [],
      sources: [sourceId],
    };
  });
}

/** Copies data/ into `directory` and appends `count` synthetic links; returns how many links it holds. */
export function writeSyntheticDataset(directory, count, dataDir = path.join(ROOT, 'data')) {
  mkdirSync(directory, { recursive: true });
  // Every file of data/ and its folders (documents/), so that a file the atlas reads is never missing from the copy.
  cpSync(dataDir, directory, { recursive: true });
  const places = JSON.parse(readFileSync(path.join(dataDir, 'places.json'), 'utf8'));
  const links = JSON.parse(readFileSync(path.join(dataDir, 'links.json'), 'utf8'));
  // A source a real link already cites, so the integrity check (every source cited) still holds.
  const sourceId = links[0].sources[0];
  const all = [...links, ...syntheticLinks(count, places, sourceId)];
  writeFileSync(path.join(directory, 'links.json'), `${JSON.stringify(all, null, 2)}\n`);
  return { shipped: links.length, total: all.length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [directory, count] = process.argv.slice(2);
  if (!directory || !/^\d+$/.test(count ?? '')) {
    console.error('usage: node bench/synthetic-links.mjs <output-directory> <count>');
    process.exit(2);
  }
  const { total } = writeSyntheticDataset(path.resolve(directory), Number(count));
  console.log(`wrote ${total} links to ${directory}`);
}
