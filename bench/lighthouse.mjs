// Lighthouse 12 through its Node API on the system Chromium, mobile (its default) and desktop.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './config.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const AUDITS = {
  lcpMs: 'largest-contentful-paint',
  fcpMs: 'first-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  speedIndexMs: 'speed-index',
};

/** The audits that explain a score: which elements fail, which scripts and tasks take the time. */
const EXPLAINING = [
  'target-size',
  'color-contrast',
  'bootup-time',
  'mainthread-work-breakdown',
  'long-tasks',
  'unused-javascript',
  'largest-contentful-paint-element',
];

function compactItem(item) {
  const out = {};
  for (const [key, value] of Object.entries(item)) {
    if (value && typeof value === 'object') {
      if (value.type === 'node')
        out[key] = { selector: value.selector, snippet: value.snippet?.slice(0, 160) };
      else if (Array.isArray(value.items)) out[key] = value.items.slice(0, 3).map(compactItem);
    } else {
      out[key] = typeof value === 'number' ? Math.round(value * 10) / 10 : value;
    }
  }
  return out;
}

function auditDetails(lhr) {
  return Object.fromEntries(
    EXPLAINING.filter((id) => lhr.audits[id]).map((id) => [
      id,
      {
        score: lhr.audits[id].score,
        displayValue: lhr.audits[id].displayValue ?? null,
        items: (lhr.audits[id].details?.items ?? []).slice(0, 8).map(compactItem),
      },
    ]),
  );
}

/** One Lighthouse run in a fresh Chromium; scores are 0–100, times in milliseconds. */
export async function runLighthouse(url, preset) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    // Root in a container: Chromium's sandbox needs --no-sandbox here.
    chromeFlags: ['--headless=new', '--no-sandbox', ...CHROMIUM_ARGS],
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    const lhr = result?.lhr;
    if (!lhr) throw new Error('Lighthouse returned no report');
    const scores = Object.fromEntries(
      CATEGORIES.map((c) => [
        c,
        lhr.categories[c]?.score === null ? null : Math.round(lhr.categories[c].score * 100),
      ]),
    );
    const metrics = Object.fromEntries(
      Object.entries(AUDITS).map(([key, id]) => [key, lhr.audits[id]?.numericValue ?? null]),
    );
    const failed = Object.values(lhr.audits)
      .filter(
        (a) =>
          a.score !== null &&
          a.score < 1 &&
          a.scoreDisplayMode !== 'informative' &&
          a.scoreDisplayMode !== 'notApplicable' &&
          a.scoreDisplayMode !== 'manual',
      )
      .map((a) => ({ id: a.id, score: a.score, displayValue: a.displayValue ?? null }));
    return {
      preset,
      details: auditDetails(lhr),
      scores,
      metrics,
      failedAudits: failed,
      runWarnings: lhr.runWarnings,
      lighthouseVersion: lhr.lighthouseVersion,
      benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    };
  } finally {
    await chrome.kill();
  }
}
