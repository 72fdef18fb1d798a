// Debian's Chromium as the end-to-end tests and the benchmark launch it, in one place.

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

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
