// How every `next start` of the atlas is run: `npm start`, `npm run load`, the benchmark and the
// end-to-end tests start the production server with the same Node flags.
import path from 'node:path';

/**
 * V8 lets the old generation grow to up to 4× what survived the last full collection on a
 * machine with plenty of memory. Under load the server keeps about 50–60 MB alive, yet it
 * reached 360–400 MB resident, mostly garbage not yet collected. Growing by 1.5× at most keeps
 * it near 260 MB at the same throughput and, unlike --max-old-space-size, caps nothing: a larger
 * dataset still gets the heap it needs. V8 takes this flag on the command line only (Node
 * refuses it in NODE_OPTIONS), hence node runs Next's binary itself.
 */
export const SERVER_NODE_FLAGS = ['--heap-growing-percent=50'];

/** Arguments for node (process.execPath) that start the production build in `appDir`. */
export function nextStartArgs(appDir, port, hostname) {
  return [
    ...SERVER_NODE_FLAGS,
    path.join(appDir, 'node_modules', 'next', 'dist', 'bin', 'next'),
    'start',
    '--port',
    String(port),
    ...(hostname ? ['--hostname', hostname] : []),
  ];
}
