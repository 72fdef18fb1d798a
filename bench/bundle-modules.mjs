// Which modules fill a chunk: each generated character is credited to the source file its
// source-map segment points at, then files are grouped by npm package (or app folder).
// Needs a build with browser source maps (see app-build.mjs); sizes are raw characters, and
// the gzip share is the chunk's gzip size split in proportion (an estimate: gzip is not additive).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { scriptsInHtml } from './bundle.mjs';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/** Decodes one segment's base64 VLQ fields. */
function decodeSegment(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = DIGIT.get(char);
    if (digit === undefined) throw new Error(`bad VLQ character ${char}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/**
 * A lookup from generated (line, column), both zero-based, to the source file, for a plain
 * map: used to name the functions in a CPU profile of minified code.
 */
export function sourceLookup(map) {
  if (map.sections) {
    // An index map: each section is a plain map placed at an offset in the generated file.
    const sections = map.sections.map((section) => ({
      ...section.offset,
      lookup: sourceLookup(section.map),
    }));
    return (line, column) => {
      let found = null;
      for (const section of sections) {
        if (section.line < line || (section.line === line && section.column <= column)) found = section;
      }
      if (!found) return null;
      return found.lookup(line - found.line, line === found.line ? column - found.column : column);
    };
  }
  const lines = [];
  let source = 0;
  map.mappings.split(';').forEach((lineText) => {
    const segments = [];
    let column = 0;
    for (const segment of lineText.split(',')) {
      if (!segment) continue;
      const fields = decodeSegment(segment);
      column += fields[0];
      if (fields.length >= 4) source += fields[1];
      segments.push([column, fields.length >= 4 ? map.sources[source] : null]);
    }
    lines.push(segments);
  });
  return (line, column) => {
    const segments = lines[line] ?? [];
    let low = 0;
    let high = segments.length - 1;
    let found = null;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (segments[middle][0] <= column) {
        found = segments[middle][1];
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found;
  };
}

/** Generated characters per source index for a plain (version 3, no sections) map. */
function charsPerSource(map, lines, credit, lineOffset = 0, columnOffset = 0) {
  let source = 0;
  map.mappings.split(';').forEach((lineText, index) => {
    const line = lines[index + lineOffset] ?? '';
    const starts = [];
    let column = 0;
    for (const segment of lineText.split(',')) {
      if (!segment) continue;
      const fields = decodeSegment(segment);
      column += fields[0];
      if (fields.length >= 4) {
        source += fields[1];
        starts.push([column + (index === 0 ? columnOffset : 0), map.sources[source]]);
      } else {
        starts.push([column + (index === 0 ? columnOffset : 0), null]);
      }
    }
    // Source-map columns are UTF-16 offsets, as are JavaScript string indices.
    starts.forEach(([start, file], i) => {
      const end = i + 1 < starts.length ? starts[i + 1][0] : line.length;
      credit(file, Math.max(0, end - start));
    });
  });
}

/** `[project]/node_modules/next/dist/compiled/react-dom/...` → `react-dom (in next)` and so on. */
export function packageOf(file) {
  if (!file) return '(unmapped: runtime and glue)';
  // A copy built in bench/out/ names its own files under that folder: strip it.
  const clean = file
    .replace(/^turbopack:\/\/\/?/, '')
    .replace(/^\[project\]\//, '')
    .replace(/^bench\/out\/app-[^/]+\//, '');
  const compiled = /node_modules\/next\/dist\/compiled\/((?:@[^/]+\/)?[^/]+)/.exec(clean);
  if (compiled) return `${compiled[1]} (bundled in next)`;
  const parts = clean.split('node_modules/');
  if (parts.length > 1) {
    const rest = parts[parts.length - 1].split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  return `app: ${clean.split('/').slice(0, 2).join('/')}`;
}

/** Per-package and per-file characters of one chunk, with its gzip size. */
export function analyseChunk(chunkFile) {
  const code = readFileSync(chunkFile, 'utf8');
  const mapName = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(code)?.[1];
  const gzipBytes = gzipSync(code, { level: 9 }).length;
  const files = new Map();
  const credit = (file, chars) => files.set(file, (files.get(file) ?? 0) + chars);
  const mapFile = mapName ? path.join(path.dirname(chunkFile), decodeURIComponent(mapName)) : null;
  if (mapFile && existsSync(mapFile)) {
    const map = JSON.parse(readFileSync(mapFile, 'utf8'));
    const lines = code.split('\n');
    if (map.sections) {
      for (const section of map.sections) {
        charsPerSource(section.map, lines, credit, section.offset.line, section.offset.column);
      }
    } else {
      charsPerSource(map, lines, credit);
    }
  } else {
    credit(null, code.length);
  }
  const packages = new Map();
  for (const [file, chars] of files) {
    const pkg = packageOf(file);
    packages.set(pkg, (packages.get(pkg) ?? 0) + chars);
  }
  const total = code.length;
  const rows = (entries, limit) =>
    [...entries]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([name, chars]) => ({
        name: name ?? '(unmapped)',
        chars,
        share: chars / total,
        gzipShareBytes: Math.round((chars / total) * gzipBytes),
      }));
  return {
    chunk: path.basename(chunkFile),
    chars: total,
    gzipBytes,
    packages: rows(packages, 30),
    files: rows(files, 25),
  };
}

/**
 * Analyses the first-load chunks of `/` in a source-mapped build, and every other chunk that
 * holds MapLibre, then sums the first-load chunks by package.
 */
export function analyseBuild(appDir, html) {
  const chunks = path.join(appDir, '.next', 'static', 'chunks');
  const firstLoad = scriptsInHtml(html)
    .filter((s) => !s.noModule)
    .map((s) => analyseChunk(path.join(appDir, '.next', s.src.replace(/^\/_next\//, ''))));
  const byPackage = new Map();
  for (const chunk of firstLoad) {
    for (const row of chunk.packages) {
      const entry = byPackage.get(row.name) ?? { chars: 0, gzipShareBytes: 0 };
      entry.chars += row.chars;
      entry.gzipShareBytes += row.gzipShareBytes;
      byPackage.set(row.name, entry);
    }
  }
  const firstLoadPackages = [...byPackage]
    .map(([name, v]) => ({ name, ...v }))
    .sort((a, b) => b.gzipShareBytes - a.gzipShareBytes);
  const firstNames = new Set(firstLoad.map((c) => c.chunk));
  const mapChunks = [];
  for (const name of readdirSync(chunks)) {
    if (!name.endsWith('.js') || firstNames.has(name)) continue;
    const code = readFileSync(path.join(chunks, name), 'utf8');
    if (/maplibre/i.test(code)) mapChunks.push(analyseChunk(path.join(chunks, name)));
  }
  return { firstLoad, firstLoadPackages, mapChunks };
}
