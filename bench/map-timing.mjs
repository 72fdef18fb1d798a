// Map readiness and picking in Chromium (software WebGL), each run in a fresh browser context
// so that nothing is cached. Times are read inside the page, from the navigation's own clock.
import { chromium } from '@playwright/test';
import { askForLiveMapEachFrame } from '../scripts/live-map-intent.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH, VIEWPORT } from './config.mjs';

const MAP = '.map-frame';
const INTERACTIVE_LAYERS = ['link-hit', 'place-circles-sites', 'place-circles-featured'];
/** The link whose arc is picked: Zhangjiang–Boston crosses open ocean, away from every other place. */
const PICKED_LINK = 'zhangjiang-boston-enterprise-park';
const PICK_REPEATS = 21;
const HOVER_REPEATS = 5;
const LOAD_TIMEOUT = Number(process.env.BENCH_MAP_TIMEOUT_SECONDS ?? 180) * 1000;

export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/**
 * Stamps the moment the map frame reports every layer added and both sources loaded, and,
 * each frame until then, what the server's SVG picture holds (its markers and arcs), so the
 * report can tell when the picture was complete against the first contentful paint.
 */
function watchReadiness() {
  window.__bench = { picture: [] };
  const samplePicture = () => {
    const picture = document.querySelector('.static-map svg');
    if (picture) {
      const entry = {
        at: performance.now(),
        basemapPaths: picture.querySelectorAll('g[aria-hidden] > path').length,
        places: picture.querySelectorAll('[data-place]').length,
        arcs: picture.querySelectorAll('[data-target^="link:"]').length,
      };
      const last = window.__bench.picture.at(-1);
      if (
        !last ||
        last.places !== entry.places ||
        last.arcs !== entry.arcs ||
        last.basemapPaths !== entry.basemapPaths
      )
        window.__bench.picture.push(entry);
    }
    if (window.__bench.readyAt === undefined) requestAnimationFrame(samplePicture);
  };
  requestAnimationFrame(samplePicture);
  const observer = new MutationObserver(() => {
    const frame = document.querySelector('.map-frame');
    if (frame?.getAttribute('data-map-ready') === 'true') {
      window.__bench.readyAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-map-ready'],
  });
}

/**
 * Waits for the readiness stamp. Returns why not when the page threw and React took the app
 * off the page (nothing will ever be ready then), or when the time limit passed.
 */
async function waitForReadiness(page, errors) {
  const deadline = Date.now() + LOAD_TIMEOUT;
  while (Date.now() < deadline) {
    const state = await page
      .evaluate(() => ({
        ready: window.__bench?.readyAt !== undefined,
        app: Boolean(document.querySelector('.atlas')),
      }))
      .catch(() => ({ ready: false, app: true }));
    if (state.ready) return null;
    if (errors.length > 0 && !state.app)
      return `the page threw and the app left the page: ${errors[0].split('\n')[0]}`;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return `not ready within ${LOAD_TIMEOUT / 1000} s${errors.length ? `; page error: ${errors[0].split('\n')[0]}` : ''}`;
}

/** What can still be read from a page whose map never became ready. */
function paintFacts(page) {
  return page
    .evaluate(() => {
      const paint = Object.fromEntries(
        performance.getEntriesByType('paint').map((e) => [e.name, e.startTime]),
      );
      const nav = performance.getEntriesByType('navigation')[0];
      return { fcpMs: paint['first-contentful-paint'] ?? null, htmlBytes: nav?.encodedBodySize ?? null };
    })
    .catch(() => ({ fcpMs: null, htmlBytes: null }));
}

/**
 * When the server's SVG picture first held the basemap and every place and arc the live map
 * draws, and how long after the first contentful paint that was (0: it was there at FCP).
 */
export function pictureCompleteness({ pictureSamples, liveDrawn, fcpMs }) {
  const complete = pictureSamples.find(
    (s) => s.basemapPaths > 0 && s.places >= liveDrawn.places && s.arcs >= liveDrawn.arcs,
  );
  const pictureCompleteMs = complete ? complete.at : null;
  return {
    pictureCompleteMs,
    pictureAfterFcpMs:
      pictureCompleteMs !== null && fcpMs !== null ? Math.max(0, pictureCompleteMs - fcpMs) : null,
  };
}

/** Loads the atlas once and reads: time to ready, paint times, the map's camera and size, scripts. */
export async function loadAtlas(browser, origin) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const requests = [];
  context.on('request', (request) => {
    requests.push({ url: request.url(), type: request.resourceType(), startedAt: Date.now() });
  });
  await context.addInitScript(watchReadiness);
  // This reader goes to the map at once: the live map loads as early as it can.
  await context.addInitScript(askForLiveMapEachFrame);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) =>
    errors.push(
      String(error.stack ?? error)
        .split('\n')
        .slice(0, 4)
        .join('\n'),
    ),
  );
  await page.goto(`${origin}/`, { waitUntil: 'commit', timeout: LOAD_TIMEOUT });
  const failure = await waitForReadiness(page, errors);
  if (failure) {
    return {
      context,
      page,
      facts: { readyMs: null, failure, ...(await paintFacts(page)) },
      scripts: [],
      errors,
    };
  }
  await page.waitForFunction(
    (selector) => {
      const map = document.querySelector(selector)?.atlasMap;
      return map ? map.loaded() && !map.isMoving() : false;
    },
    MAP,
    { timeout: LOAD_TIMEOUT, polling: 100 },
  );
  const facts = await page.evaluate(async (selector) => {
    const frame = document.querySelector(selector);
    const map = frame.atlasMap;
    const canvas = map.getCanvas();
    const links = await map.getSource('atlas-links').getData();
    const paint = Object.fromEntries(performance.getEntriesByType('paint').map((e) => [e.name, e.startTime]));
    const nav = performance.getEntriesByType('navigation')[0];
    // The live map's own count of what it draws: the featured places (sites come at zoom 6) and every arc.
    const featured = map.querySourceFeatures('atlas-places').filter((f) => f.properties.featured);
    return {
      readyMs: window.__bench.readyAt,
      fcpMs: paint['first-contentful-paint'] ?? null,
      pictureSamples: window.__bench.picture,
      liveDrawn: { places: new Set(featured.map((f) => f.properties.id)).size, arcs: links.features.length },
      domContentLoadedMs: nav?.domContentLoadedEventEnd ?? null,
      htmlBytes: nav?.encodedBodySize ?? null,
      timeOrigin: performance.timeOrigin,
      linkFeatures: links.features.length,
      camera: {
        lng: map.getCenter().lng,
        lat: map.getCenter().lat,
        zoom: map.getZoom(),
        projection: map.getProjection()?.type ?? 'mercator',
        width: canvas.clientWidth,
        height: canvas.clientHeight,
      },
    };
  }, MAP);
  Object.assign(facts, pictureCompleteness(facts));
  // Request times from the harness's clock, put on the page's (both are epoch milliseconds).
  const scripts = requests
    .filter((r) => r.type === 'script' || /\.m?js(\?|$)/.test(r.url))
    .map((r) => ({ url: r.url, requestedMs: r.startedAt - facts.timeOrigin }));
  return { context, page, facts, scripts, errors };
}

/** A pixel on the picked link's arc that lies inside the canvas and hits the link layer. */
async function pickPoint(page) {
  return page.evaluate(
    async ({ selector, linkId, layers }) => {
      const map = document.querySelector(selector).atlasMap;
      const data = await map.getSource('atlas-links').getData();
      const feature = data.features.find((f) => f.id === linkId || f.properties?.id === linkId);
      if (!feature) return null;
      const parts =
        feature.geometry.type === 'MultiLineString'
          ? feature.geometry.coordinates
          : [feature.geometry.coordinates];
      const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
      const canvas = map.getCanvas();
      // From the middle outwards: the middle of an ocean crossing is far from any place.
      const order = longest
        .map((_, i) => i)
        .sort((a, b) => Math.abs(a - longest.length / 2) - Math.abs(b - longest.length / 2));
      for (const i of order) {
        // The world copy nearest the view's centre: the arc may cross the antimeridian.
        const [lng, lat] = longest[i];
        const { x, y } = map.project([lng + 360 * Math.round((map.getCenter().lng - lng) / 360), lat]);
        if (x < 40 || y < 80 || x > canvas.clientWidth - 40 || y > canvas.clientHeight - 40) continue;
        const hits = map.queryRenderedFeatures([x, y], { layers });
        if (hits.some((h) => h.layer.id === 'link-hit')) return { x, y };
      }
      return null;
    },
    { selector: MAP, linkId: PICKED_LINK, layers: INTERACTIVE_LAYERS },
  );
}

/** A pixel where nothing interactive is drawn, to move the pointer away between hovers. */
async function emptyPoint(page) {
  return page.evaluate(
    ({ selector, layers }) => {
      const map = document.querySelector(selector).atlasMap;
      const canvas = map.getCanvas();
      for (let y = canvas.clientHeight - 60; y > 80; y -= 20) {
        for (let x = 60; x < canvas.clientWidth - 60; x += 20) {
          if (map.queryRenderedFeatures([x, y], { layers }).length === 0) return { x, y };
        }
      }
      return null;
    },
    { selector: MAP, layers: INTERACTIVE_LAYERS },
  );
}

/**
 * Picking, two ways: MapLibre's own lookup (queryRenderedFeatures at the point, as react-map-gl
 * calls it on every pointer move), and what a reader sees: pointer move to the tooltip in the DOM.
 */
export async function measurePicking(page) {
  const point = await pickPoint(page);
  if (!point) return { error: 'no pixel on the picked link is inside the map' };
  const query = await page.evaluate(
    ({ selector, point, layers, repeats }) => {
      const map = document.querySelector(selector).atlasMap;
      const times = [];
      let hits = 0;
      for (let i = 0; i < repeats; i += 1) {
        const start = performance.now();
        hits = map.queryRenderedFeatures([point.x, point.y], { layers }).length;
        times.push(performance.now() - start);
      }
      return { times, hits };
    },
    { selector: MAP, point, layers: INTERACTIVE_LAYERS, repeats: PICK_REPEATS },
  );
  const away = await emptyPoint(page);
  const box = await page.locator(MAP).boundingBox();
  const hoverTimes = [];
  await page.evaluate((selector) => {
    const frame = document.querySelector(selector);
    window.__hover = {};
    frame.addEventListener(
      'mousemove',
      (event) => {
        // timeStamp: when the input was created; now: when it reached the page's script.
        window.__hover.movedAt = event.timeStamp;
        window.__hover.dispatchedAt = performance.now();
      },
      { capture: true },
    );
    new MutationObserver(() => {
      if (window.__hover.shownAt === undefined && frame.querySelector('[role="tooltip"]')) {
        window.__hover.shownAt = performance.now();
      }
    }).observe(frame, { childList: true, subtree: true });
  }, MAP);
  for (let i = 0; i < HOVER_REPEATS; i += 1) {
    if (away) await page.mouse.move(box.x + away.x, box.y + away.y);
    await page.locator(`${MAP} [role="tooltip"]`).waitFor({ state: 'detached', timeout: 30_000 });
    // Let the page finish what leaving the last link started (feature states, a redraw, the
    // charts), so that each hover is timed from a quiet page, as after a pause of the reader's hand.
    await page.evaluate(
      (selector) =>
        new Promise((resolve) => {
          const map = document.querySelector(selector).atlasMap;
          const fallback = setTimeout(resolve, 10_000);
          // Until the map is idle, then until the main thread has nothing queued, then until
          // two frames in a row come as soon as they are asked for. The main thread can be
          // idle while the GPU process is still drawing the repaint asked for here (on the
          // CPU, with software WebGL: 33–86 ms a frame in a trace of these hovers), and a move
          // that comes then waits for it. One prompt frame is not proof: the renderer may
          // start one frame while the GPU process still draws the one before.
          const framesFlow = (quick = 0) => {
            const askedAt = performance.now();
            requestAnimationFrame((at) => {
              const next = at - askedAt < 25 ? quick + 1 : 0;
              if (next === 2) {
                clearTimeout(fallback);
                resolve();
              } else framesFlow(next);
            });
          };
          map.once('idle', () => {
            requestIdleCallback(() => framesFlow(), { timeout: 10_000 });
          });
          map.triggerRepaint();
        }),
      MAP,
    );
    await page.evaluate(() => {
      window.__hover = {};
    });
    await page.mouse.move(box.x + point.x, box.y + point.y);
    await page.waitForFunction(() => window.__hover.shownAt !== undefined, null, {
      timeout: 30_000,
      polling: 50,
    });
    hoverTimes.push(
      await page.evaluate(() => ({
        total: window.__hover.shownAt - window.__hover.movedAt,
        queued: window.__hover.dispatchedAt - window.__hover.movedAt,
      })),
    );
  }
  return {
    point,
    queryMs: query.times,
    featuresUnderPointer: query.hits,
    hoverToTooltipMs: hoverTimes.map((t) => t.total),
    // How much of that the pointer event waited before the page's script saw it (frame-aligned input).
    inputQueuedMs: hoverTimes.map((t) => t.queued),
  };
}

/** One measured load of the atlas, with picking when asked. */
export async function measureAtlas(browser, origin, { picking = true } = {}) {
  const loaded = await loadAtlas(browser, origin);
  try {
    const pick = picking && loaded.facts.readyMs !== null ? await measurePicking(loaded.page) : null;
    return { ...loaded.facts, scripts: loaded.scripts, pick, errors: loaded.errors };
  } finally {
    await loaded.context.close();
  }
}

/**
 * The same pointer moves on the bare map: how long a move waits before the page's script sees
 * it, with no React and no data layers. It is the floor this browser and machine put under picking.
 */
async function bareInputDelay(page, camera) {
  const delays = [];
  await page.evaluate(() => {
    window.__hover = {};
    document.getElementById('map').addEventListener(
      'mousemove',
      (event) => {
        window.__hover.queued = performance.now() - event.timeStamp;
      },
      { capture: true },
    );
  });
  for (let i = 0; i < HOVER_REPEATS; i += 1) {
    for (const [x, y] of [
      [camera.width * 0.3, camera.height * 0.6],
      [camera.width * 0.6, camera.height * 0.5],
    ]) {
      await page.evaluate(() => {
        window.__hover = {};
      });
      await page.mouse.move(x, y);
      await page.waitForFunction(() => window.__hover.queued !== undefined, null, {
        timeout: 30_000,
        polling: 50,
      });
      delays.push(await page.evaluate(() => window.__hover.queued));
    }
  }
  return delays;
}

/** One measured load of the bare map, with the atlas's camera and canvas size. */
export async function measureBareMap(browser, origin, camera) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const query = new URLSearchParams({
      w: String(camera.width),
      h: String(camera.height),
      lng: String(camera.lng),
      lat: String(camera.lat),
      zoom: String(camera.zoom),
      projection: camera.projection,
    });
    await page.goto(`${origin}/?${query}`, { waitUntil: 'commit', timeout: LOAD_TIMEOUT });
    await page.waitForFunction(() => window.__bench?.idleAt !== undefined || window.__bench?.error, null, {
      timeout: LOAD_TIMEOUT,
      polling: 100,
    });
    const inputQueuedMs = await bareInputDelay(page, camera);
    return page.evaluate(
      (queued) => ({
        inputQueuedMs: queued,
        readyMs: window.__bench.idleAt ?? null,
        loaded: window.__bench.loaded,
        error: window.__bench.error ?? null,
      }),
      inputQueuedMs,
    );
  } finally {
    await context.close();
  }
}
