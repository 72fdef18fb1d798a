// Debian's Chromium as the end-to-end tests and the benchmark launch it, in one place.

/** The whole browser: the benchmark measures what a reader's Chromium does. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * The end-to-end tests' browser: Debian's headless shell, the same engine without the
 * browser's own interface, whose renderer was busy on every page here.
 */
export const TEST_CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/lib/chromium/chromium-headless-shell';

/** Flags for a machine without a GPU or a network beyond loopback. */
export const CHROMIUM_ARGS = [
  // Software WebGL (SwiftShader), so that MapLibre can draw headless.
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  // Chromium's own background traffic would be refused by the closed network anyway.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * The tests composite pages on the CPU: through SwiftShader the compositor was the busiest
 * process. WebGL still draws in SwiftShader, so the map is tested as before.
 */
export const TEST_CHROMIUM_ARGS = [...CHROMIUM_ARGS, '--disable-gpu-compositing'];
