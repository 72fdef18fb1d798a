// Summaries of V8 CPU profiles (.cpuprofile, from node --cpu-prof or Chrome's Profiler domain):
// self time per function and per package, and time inside each source file with what it calls,
// named through the chunks' source maps where they have one.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { packageOf, sourceLookup } from './bundle-modules.mjs';

const SPECIAL = /^\((program|idle|garbage collector|root)\)$/;

/** Names a frame by its original source file when the script's source map is on disk. */
function sourceNamer() {
  const lookups = new Map();
  return (frame) => {
    if (!frame.url.startsWith('file://') || frame.lineNumber < 0) return null;
    if (!lookups.has(frame.url)) {
      const mapFile = `${fileURLToPath(frame.url)}.map`;
      lookups.set(
        frame.url,
        existsSync(mapFile) ? sourceLookup(JSON.parse(readFileSync(mapFile, 'utf8'))) : null,
      );
    }
    const file = lookups.get(frame.url)?.(frame.lineNumber, frame.columnNumber);
    return file ? file.replace(/^turbopack:\/\/\/?/, '').replace(/^\[project\]\//, '') : null;
  };
}

function groupOf(frame, source) {
  if (SPECIAL.test(frame.functionName)) return frame.functionName;
  if (frame.url.startsWith('node:')) return 'node (built-in)';
  if (!frame.url) return '(native: V8 built-ins such as JSON, RegExp)';
  return packageOf(source ?? frame.url.replace(/^file:\/\//, ''));
}

/** Self milliseconds per function and per package, and inclusive milliseconds per source file. */
export function summariseProfile(profile, limit = 20) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const selfMs = new Map();
  const deltas = profile.timeDeltas ?? [];
  profile.samples.forEach((id, index) => {
    // Each sample stands for the time until the next one.
    const ms = (deltas[index + 1] ?? 0) / 1000;
    selfMs.set(id, (selfMs.get(id) ?? 0) + ms);
  });
  const name = sourceNamer();
  const sourceOf = new Map(profile.nodes.map((node) => [node.id, name(node.callFrame)]));
  const functions = new Map();
  const packages = new Map();
  const insideFile = new Map();
  let total = 0;
  const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
  for (const [id, ms] of selfMs) {
    const frame = byId.get(id).callFrame;
    const source = sourceOf.get(id);
    total += ms;
    // A mapped frame is named by its source file: generated line numbers of minified code mean little.
    const where = source ?? `${frame.url.replace(/^.*node_modules\//, '')}:${frame.lineNumber + 1}`;
    add(functions, `${frame.functionName || '(anonymous)'} ${where}`, ms);
    add(packages, groupOf(frame, source), ms);
    // Inclusive time of a source file: each sample counts once for every file on its stack.
    const seen = new Set();
    for (let at = id; at !== undefined; at = parentOf.get(at)) {
      const file = sourceOf.get(at);
      if (file && !seen.has(file)) {
        seen.add(file);
        add(insideFile, file, ms);
      }
    }
  }
  const top = (map) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([key, ms]) => ({ name: key, ms: Math.round(ms * 10) / 10, share: ms / total }));
  return {
    totalMs: Math.round(total),
    functions: top(functions),
    packages: top(packages),
    insideFile: top(insideFile),
  };
}
