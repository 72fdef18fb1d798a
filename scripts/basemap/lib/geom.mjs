// Small planar geometry helpers for the basemap build.
//
// Written for this project rather than pulled from a GIS library: the build only
// needs rectangle clipping, Douglas–Peucker, ring area/orientation, a label point
// and coordinate rounding, and each of these is a few dozen lines. Keeping them here
// keeps the dependency list to the data packages plus topojson-{client,server,simplify}.
//
// Coordinates are [lon, lat] in degrees. Where a distance matters (simplification,
// label placement) x is scaled by cos(latitude) so that a tolerance in "degrees" means
// roughly the same ground distance east–west as north–south.

/** @typedef {[number, number]} Pt */
/** @typedef {[number, number, number, number]} BBox  west, south, east, north */

// ---------------------------------------------------------------------------
// Rounding

/** Round a number to `d` decimals, avoiding "-0". */
export function round(v, d) {
  const f = 10 ** d;
  const r = Math.round(v * f) / f;
  return r === 0 ? 0 : r;
}

/** Round every point of a ring/line and drop consecutive duplicates created by rounding. */
export function roundLine(line, d) {
  const out = [];
  for (const p of line) {
    const q = [round(p[0], d), round(p[1], d)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out;
}

// ---------------------------------------------------------------------------
// Rings

/** Signed planar area (degrees², positive = counter-clockwise). Ring may be closed or open. */
export function ringSignedArea(ring) {
  let s = 0;
  for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
    s += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return s / 2;
}

/** Approximate area in km² (planar area scaled by cos(mean latitude)). Good enough to drop slivers. */
export function ringAreaKm2(ring) {
  let lat = 0;
  for (const p of ring) lat += p[1];
  lat /= ring.length;
  return Math.abs(ringSignedArea(ring)) * Math.cos((lat * Math.PI) / 180) * 111.32 * 110.57;
}

export function closeRing(ring) {
  const a = ring[0],
    b = ring[ring.length - 1];
  if (a[0] !== b[0] || a[1] !== b[1]) ring.push([a[0], a[1]]);
  return ring;
}

/** RFC 7946 winding: exterior rings counter-clockwise, holes clockwise. */
export function rewindPolygon(rings) {
  return rings.map((r, i) => {
    const ccw = ringSignedArea(r) > 0;
    return (i === 0) === ccw ? r : r.slice().reverse();
  });
}

export function ringBBox(ring) {
  let w = Infinity,
    s = Infinity,
    e = -Infinity,
    n = -Infinity;
  for (const [x, y] of ring) {
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
  }
  return [w, s, e, n];
}

export function bboxIntersects(a, b) {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

// ---------------------------------------------------------------------------
// Clipping

/**
 * Sutherland–Hodgman clip of one ring against an axis-aligned rectangle.
 * Concave rings that leave and re-enter the box come back as one ring joined by
 * zero-width runs along the box edge; that is harmless for fills (they are never
 * stroked: coastlines are drawn as land/water contrast, not as lines).
 */
export function clipRing(ring, [w, s, e, n]) {
  const edges = [
    (p) => p[0] >= w,
    (a, b) => [w, a[1] + ((b[1] - a[1]) * (w - a[0])) / (b[0] - a[0])],
    (p) => p[0] <= e,
    (a, b) => [e, a[1] + ((b[1] - a[1]) * (e - a[0])) / (b[0] - a[0])],
    (p) => p[1] >= s,
    (a, b) => [a[0] + ((b[0] - a[0]) * (s - a[1])) / (b[1] - a[1]), s],
    (p) => p[1] <= n,
    (a, b) => [a[0] + ((b[0] - a[0]) * (n - a[1])) / (b[1] - a[1]), n],
  ];
  let pts =
    ring[0][0] === ring[ring.length - 1][0] && ring[0][1] === ring[ring.length - 1][1]
      ? ring.slice(0, -1)
      : ring.slice();
  for (let k = 0; k < 8 && pts.length; k += 2) {
    const inside = edges[k],
      cross = edges[k + 1];
    const out = [];
    for (let i = 0; i < pts.length; i++) {
      const cur = pts[i],
        prev = pts[(i + pts.length - 1) % pts.length];
      const ci = inside(cur),
        pi = inside(prev);
      if (ci) {
        if (!pi) out.push(cross(prev, cur));
        out.push(cur);
      } else if (pi) out.push(cross(prev, cur));
    }
    pts = out;
  }
  if (pts.length < 3) return null;
  return closeRing(pts);
}

/**
 * Clip a polygon (array of rings, first = exterior) to a box. Returns null if nothing
 * of the exterior is left; holes that vanish are dropped.
 */
export function clipPolygon(rings, box) {
  const rb = ringBBox(rings[0]);
  if (!bboxIntersects(rb, box)) return null;
  const inside = rb[0] >= box[0] && rb[2] <= box[2] && rb[1] >= box[1] && rb[3] <= box[3];
  if (inside) return rings.map((r) => r.slice());
  const outer = clipRing(rings[0], box);
  if (!outer) return null;
  const out = [outer];
  for (const h of rings.slice(1)) {
    if (!bboxIntersects(ringBBox(h), box)) continue;
    const c = clipRing(h, box);
    if (c) out.push(c);
  }
  return out;
}

/**
 * Split a polyline into the parts inside and outside a box (Liang–Barsky per segment).
 * Used to hand a border over from the coarse world file to a detailed regional file
 * exactly at the region's edge, so the two versions never draw on top of each other.
 * @returns {{inside: Pt[][], outside: Pt[][]}}
 */
export function splitLineByBox(line, [w, s, e, n]) {
  const inside = [],
    outside = [];
  let cur = null,
    curIn = null;
  const emit = (p, isIn) => {
    if (curIn !== isIn) {
      if (cur && cur.length > 1) (curIn ? inside : outside).push(cur);
      const last = cur ? cur[cur.length - 1] : null;
      cur = last ? [last] : [];
      curIn = isIn;
    }
    const l = cur[cur.length - 1];
    if (!l || l[0] !== p[0] || l[1] !== p[1]) cur.push(p);
  };
  for (let i = 0; i + 1 < line.length; i++) {
    const a = line[i],
      b = line[i + 1];
    const dx = b[0] - a[0],
      dy = b[1] - a[1];
    let t0 = 0,
      t1 = 1,
      hit = true;
    for (const [p, q] of [
      [-dx, a[0] - w],
      [dx, e - a[0]],
      [-dy, a[1] - s],
      [dy, n - a[1]],
    ]) {
      if (p === 0) {
        if (q < 0) {
          hit = false;
          break;
        }
        continue;
      }
      const r = q / p;
      if (p < 0) {
        if (r > t1) {
          hit = false;
          break;
        }
        if (r > t0) t0 = r;
      } else {
        if (r < t0) {
          hit = false;
          break;
        }
        if (r < t1) t1 = r;
      }
    }
    const at = (t) => (t === 0 ? a : t === 1 ? b : [a[0] + t * dx, a[1] + t * dy]);
    if (!hit || t0 >= t1) {
      emit(a, false);
      emit(b, false);
      continue;
    }
    if (t0 > 0) {
      emit(a, false);
      emit(at(t0), false);
    }
    emit(at(t0), true);
    emit(at(t1), true);
    if (t1 < 1) {
      emit(at(t1), false);
      emit(b, false);
    }
  }
  if (cur && cur.length > 1) (curIn ? inside : outside).push(cur);
  return { inside, outside };
}

/**
 * Natural Earth land merged as a spherical topology (world-atlas) has rings that cross
 * the antimeridian (Chukotka, Wrangel Island) or circle a pole (Antarctica), with an
 * edge jumping from +180 to −180. Drawn flat, such an edge smears a band across the
 * whole map. Unwrap the longitudes to be continuous, close polar rings along the pole,
 * then cut the polygon into the copies that fall in [−180, 180].
 * @returns {Pt[][][]} polygons (each an array of rings)
 */
export function splitAntimeridian(rings) {
  const jumps = rings.some((r) => r.some((p, i) => i > 0 && Math.abs(p[0] - r[i - 1][0]) > 180));
  if (!jumps) return [rings];
  let minX = Infinity,
    maxX = -Infinity;
  const unwrapped = rings.map((r) => {
    const out = [];
    let shift = 0;
    for (let i = 0; i < r.length; i++) {
      if (i > 0) {
        const d = r[i][0] - r[i - 1][0];
        if (d > 180) shift -= 360;
        else if (d < -180) shift += 360;
      }
      const x = r[i][0] + shift;
      out.push([x, r[i][1]]);
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
    }
    const first = out[0],
      last = out[out.length - 1];
    if (Math.abs(last[0] - first[0]) > 180) {
      // Polar ring: it went once around the globe; close it via the nearer pole.
      const poleLat = r.reduce((s, p) => s + p[1], 0) / r.length < 0 ? -90 : 90;
      out.push([last[0], poleLat], [first[0], poleLat], [first[0], first[1]]);
    }
    return out;
  });
  const polys = [];
  for (let k = Math.floor((minX + 180) / 360); k <= Math.floor((maxX + 180) / 360); k++) {
    const shifted = unwrapped.map((r) => r.map(([x, y]) => [x - 360 * k, y]));
    const c = clipPolygon(shifted, [-180, -90, 180, 90]);
    if (c) polys.push(c);
  }
  return polys;
}

// ---------------------------------------------------------------------------
// Simplification

/**
 * Douglas–Peucker with an explicit stack (no recursion limits on 100k-point rings).
 * `tol` is in degrees of latitude; x is scaled by cos(lat0) so the tolerance is isotropic.
 * Closed rings keep their first/last point and stay closed.
 */
export function simplifyDP(pts, tol, lat0) {
  const n = pts.length;
  if (n <= 2 || tol <= 0) return pts.slice();
  const kx = Math.cos(((lat0 ?? pts[0][1]) * Math.PI) / 180);
  const keep = new Uint8Array(n);
  keep[0] = keep[n - 1] = 1;
  const tol2 = tol * tol;
  const stack = [0, n - 1];
  while (stack.length) {
    const last = stack.pop(),
      first = stack.pop();
    const ax = pts[first][0] * kx,
      ay = pts[first][1];
    const bx = pts[last][0] * kx,
      by = pts[last][1];
    const dx = bx - ax,
      dy = by - ay,
      len2 = dx * dx + dy * dy;
    let maxD = -1,
      idx = -1;
    for (let i = first + 1; i < last; i++) {
      const px = pts[i][0] * kx,
        py = pts[i][1];
      let t = len2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0;
      t = Math.min(Math.max(t, 0), 1);
      const ex = ax + t * dx - px,
        ey = ay + t * dy - py;
      const d = ex * ex + ey * ey;
      if (d > maxD) {
        maxD = d;
        idx = i;
      }
    }
    if (maxD > tol2) {
      keep[idx] = 1;
      stack.push(first, idx, idx, last);
    }
  }
  const out = [];
  for (let i = 0; i < n; i++) if (keep[i]) out.push(pts[i]);
  return out;
}

/**
 * Simplify, round and sanity-filter a polygon: drops rings that collapse below
 * `minAreaKm2`, rewinds to RFC 7946. Returns null when the exterior disappears.
 */
export function cleanPolygon(rings, { tol, decimals, minAreaKm2 = 0 }) {
  const out = [];
  for (let i = 0; i < rings.length; i++) {
    let r = simplifyDP(rings[i], tol);
    r = roundLine(r, decimals);
    if (r.length < 3) {
      if (i === 0) return null;
      continue;
    }
    closeRing(r);
    if (r.length < 4 || ringAreaKm2(r) < minAreaKm2 || ringSignedArea(r) === 0) {
      if (i === 0) return null;
      continue;
    }
    out.push(r);
  }
  return out.length ? rewindPolygon(out) : null;
}

export function cleanLine(line, { tol, decimals }) {
  const l = roundLine(simplifyDP(line, tol), decimals);
  return l.length >= 2 ? l : null;
}

// ---------------------------------------------------------------------------
// Label points

function pointInRing(x, y, ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i],
      [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function distToRings2(x, y, rings, kx) {
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const ax = ring[j][0] * kx,
        ay = ring[j][1],
        bx = ring[i][0] * kx,
        by = ring[i][1];
      const dx = bx - ax,
        dy = by - ay,
        len2 = dx * dx + dy * dy;
      let t = len2 ? ((x * kx - ax) * dx + (y - ay) * dy) / len2 : 0;
      t = Math.min(Math.max(t, 0), 1);
      const ex = ax + t * dx - x * kx,
        ey = ay + t * dy - y;
      const d = ex * ex + ey * ey;
      if (d < best) best = d;
    }
  }
  return best;
}

/**
 * A point well inside a polygon, for a label (a simple "pole of inaccessibility"):
 * sample a grid over the bbox, keep the inside point farthest from any edge, then
 * re-sample a finer grid around it a few times. Deterministic, and a centroid would
 * fall outside crescent-shaped provinces or in the sea.
 */
export function labelPoint(rings) {
  const [w, s, e, n] = ringBBox(rings[0]);
  // Work on a copy simplified to ~1/300 of the extent: the answer moves by less than
  // that, and a 50k-vertex province would otherwise cost seconds.
  const tol = Math.max(e - w, n - s) / 300;
  rings = rings.map((r) => simplifyDP(r, tol, (s + n) / 2)).filter((r, i) => i === 0 || r.length >= 4);
  const kx = Math.cos((((s + n) / 2) * Math.PI) / 180);
  const inside = (x, y) => pointInRing(x, y, rings[0]) && !rings.slice(1).some((h) => pointInRing(x, y, h));
  let best = null,
    bestD = -1;
  let cx = (w + e) / 2,
    cy = (s + n) / 2,
    hw = (e - w) / 2,
    hh = (n - s) / 2;
  const G = 24;
  for (let iter = 0; iter < 5; iter++) {
    for (let i = 0; i <= G; i++) {
      for (let j = 0; j <= G; j++) {
        const x = cx - hw + (2 * hw * i) / G,
          y = cy - hh + (2 * hh * j) / G;
        if (!inside(x, y)) continue;
        const d = distToRings2(x, y, rings, kx);
        if (d > bestD) {
          bestD = d;
          best = [x, y];
        }
      }
    }
    if (!best) break;
    [cx, cy] = best;
    hw /= 4;
    hh /= 4;
  }
  return best ?? [(w + e) / 2, (s + n) / 2];
}

/** Largest polygon (by area) of a Polygon/MultiPolygon geometry, as its rings. */
export function largestPolygon(geom) {
  const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
  let best = null,
    bestA = -1;
  for (const p of polys) {
    const a = ringAreaKm2(p[0]);
    if (a > bestA) {
      bestA = a;
      best = p;
    }
  }
  return best;
}
