// Browser tests of the dashboard: headless Chromium (Debian's) driven by
// playwright-core, against a running `sitrep serve` on a synthetic store
// (make_db.py). Run by scripts/e2e, which sets:
//   SITREP_URL        base URL of the server (http://127.0.0.1:PORT)
//   SITREP_EXPECTED   make_db.py's JSON line: the figures the views must show
//   SITREP_ARTIFACTS  where screenshots go
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '..', '..', 'web', 'package.json'));
const { chromium } = require('playwright-core');

const BASE = process.env.SITREP_URL;
const EXPECTED = JSON.parse(process.env.SITREP_EXPECTED || '{}');
const ARTIFACTS = process.env.SITREP_ARTIFACTS || path.join(here, '..', '..', 'build', 'e2e-artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

let browser;
let context;
let profile;
const outside = [];  // requests to anywhere but our server

before(async () => {
  assert.ok(BASE, 'SITREP_URL must be set (run scripts/e2e)');
  profile = mkdtempSync(path.join(tmpdir(), 'sitrep-e2e-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1440, height: 960 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  context.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(BASE) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
  });
});

after(async () => {
  await context?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

async function open(query = '') {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${BASE}/${query}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
  if (!query.includes('view=')) {
    await page.waitForFunction(() => document.querySelector('#map').dataset.markers !== undefined);
  }
  page.errors = errors;
  return page;
}

async function shot(page, name) {
  await page.waitForTimeout(300);  // let the canvas finish its frame
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

async function settle(page, fn, arg) {
  await page.waitForFunction(fn, arg, { timeout: 15000 });
}

test('the map shows every event that has coordinates', async () => {
  const page = await open();
  const points = Number(await page.getAttribute('#map', 'data-points'));
  assert.equal(points, EXPECTED.with_coordinates);
  // Fitted to the data: every point is in view, drawn as points or clusters.
  await shot(page, 'dashboard');
  await settle(page, (n) => Number(document.querySelector('#map').dataset.inView) === n, EXPECTED.with_coordinates)
    .catch(async () => assert.fail(`in view: ${await page.getAttribute('#map', 'data-in-view')}`));
  const markers = Number(await page.getAttribute('#map', 'data-markers'));
  assert.ok(markers > 0 && markers <= points, `markers ${markers}`);
  assert.equal(Number(await page.getAttribute('#events', 'data-total')), EXPECTED.events);
  assert.equal(Number(await page.getAttribute('#timeline', 'data-events')), EXPECTED.events);
  await shot(page, 'dashboard');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a country filter changes the table, the timeline and the map', async () => {
  const page = await open();
  const [country, count] = Object.entries(EXPECTED.by_country).sort((a, b) => a[1] - b[1])[0];
  const before = await page.getAttribute('#timeline', 'data-events');
  await page.selectOption('#f-country', country);
  await settle(page, (n) => Number(document.querySelector('#events').dataset.total) === n, count);
  await settle(page, (n) => Number(document.querySelector('#timeline').dataset.events) === n, count);
  assert.notEqual(await page.getAttribute('#timeline', 'data-events'), before);
  assert.ok(Number(await page.getAttribute('#map', 'data-points')) <= count);
  assert.match(page.url(), new RegExp(`country=${country}`));
  // Every row of the table is in that country.
  const places = await page.$$eval('#events tbody tr td:nth-child(3)', (tds) => tds.map((td) => td.textContent));
  assert.ok(places.length > 0 && places.every((p) => p.endsWith(country)), places.join('|'));
  await shot(page, 'country-filter');
  await page.close();
});

test('clicking an event shows its sources and highlighted evidence', async () => {
  const page = await open();
  await page.click('#events tbody tr:first-child');
  await page.waitForSelector('#panel .evidence');
  const evidence = await page.textContent('#panel .evidence');
  assert.ok(evidence.length > 20, evidence);
  assert.ok((await page.$$('#panel .evidence mark')).length > 0, 'terms highlighted');
  assert.ok((await page.$$('#panel .source')).length >= 1);
  assert.match(await page.textContent('#panel'), /PLOVER/);
  assert.match(page.url(), /event=\d+/);
  await shot(page, 'event-panel');
  await page.close();
});

test('clicking a point on the map selects its event', async () => {
  const page = await open('?country=' + Object.keys(EXPECTED.by_country)[0]);
  // Zoom in until single points appear, then click one.
  const box = await page.locator('#map').boundingBox();
  let target = null;
  for (let i = 0; i < 12 && !target; i++) {
    target = await page.evaluate(() => {
      const c = document.querySelector('#map');
      return c.dataset.singleX ? [Number(c.dataset.singleX), Number(c.dataset.singleY)] : null;
    });
    if (!target) {
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.wheel(0, -400);
      await page.waitForTimeout(150);
    }
  }
  assert.ok(target, 'no single point became visible while zooming in');
  await page.mouse.click(box.x + target[0], box.y + target[1]);
  await page.waitForSelector('#panel .evidence');
  await shot(page, 'map-click');
  await page.close();
});

test('the URL restores a view', async () => {
  const [country] = Object.keys(EXPECTED.by_country);
  const api = await (await fetch(`${BASE}/api/events?country=${country}&type=Battles&limit=1`)).json();
  const id = api.events[0].id;
  const page = await open(`?country=${country}&type=Battles&event=${id}`);
  assert.equal(await page.inputValue('#f-country'), country);
  assert.equal(await page.inputValue('#f-type'), 'Battles');
  await settle(page, (n) => Number(document.querySelector('#events').dataset.total) === n, api.total);
  await page.waitForSelector(`#panel[data-event="${id}"] .evidence`);
  await shot(page, 'url-restored');
  await page.close();
});

test('statements and escalation views render', async () => {
  const page = await open('?view=statements');
  await page.waitForSelector('#statements tbody tr');
  assert.ok((await page.$$('#statements tbody tr')).length > 0);
  await shot(page, 'statements');
  await page.click('.tabs button[data-view="alerts"]');
  await page.waitForSelector('#alerts > *');
  await shot(page, 'escalation');
  await page.close();
});

test('a country filter draws that country\'s province outlines, loaded on demand', async () => {
  const countries = Object.keys(EXPECTED.by_country);
  const [country, count] = Object.entries(EXPECTED.by_country).sort((a, b) => b[1] - a[1])[0];
  const page = await context.newPage();
  const files = [];
  page.on('request', (req) => {
    const m = /\/provinces\/([^/?]+)$/.exec(new URL(req.url()).pathname);
    if (m) files.push(m[1]);
  });
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(`${BASE}/?country=${country}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
  await settle(page, (cc) => (document.querySelector('#map').dataset.provinceCountries || '').split(',').includes(cc), country)
    .catch(async () => assert.fail(`provinces drawn for: ${await page.getAttribute('#map', 'data-province-countries')}`));
  const shapes = Number(await page.getAttribute('#map', 'data-provinces'));
  assert.ok(shapes >= 2, `province shapes drawn: ${shapes}`);
  // Only the index and the countries that have events: never every country.
  assert.ok(files.includes('index.json') && files.includes(`${country}.json`), files.join(' '));
  const perCountry = files.filter((f) => f !== 'index.json');
  assert.ok(perCountry.length <= countries.length, `fetched ${perCountry.join(' ')}`);
  assert.ok(perCountry.every((f) => countries.includes(f.replace('.json', ''))), perCountry.join(' '));

  // Every event of the country lands in one of its shapes (by name or, when
  // the store's and Natural Earth's names differ, by its coordinates).
  const linked = await page.evaluate((cc) => {
    const entry = window.sitrepMap.provinces.countries.get(cc);
    return entry.shapes.reduce((n, s) => n + s.events, 0);
  }, country);
  assert.equal(linked, count);

  // Hovering a province (off the points) names it and gives its figures.
  const spot = await page.evaluate((cc) => {
    const map = window.sitrepMap;
    const canvas = document.querySelector('#map');
    const rect = canvas.getBoundingClientRect();
    const proj = map.projection();
    for (let y = 20; y < rect.height - 80; y += 9) {
      for (let x = 20; x < rect.width - 20; x += 9) {
        if (map.hit({ clientX: rect.left + x, clientY: rect.top + y })) continue;
        const found = map.provinces.at(proj.invert([x, y]));
        if (found && found.cc === cc && found.shape.events > 0 && found.shape.name) return { x, y, name: found.shape.name, events: found.shape.events };
      }
    }
    return null;
  }, country);
  assert.ok(spot, 'no province with events found off the points');
  const box = await page.locator('#map').boundingBox();
  await page.mouse.move(box.x + spot.x, box.y + spot.y);
  await page.waitForSelector('.map-tip:not([hidden])');
  const tip = await page.textContent('.map-tip');
  assert.ok(tip.includes(spot.name) && tip.includes(`${spot.events.toLocaleString()} events`), tip);
  await shot(page, 'provinces');

  // The files are plain JSON from the dashboard's own server.
  const index = await (await fetch(`${BASE}/provinces/index.json`)).json();
  assert.ok(Object.keys(index.countries).length > 150, 'index lists the countries with outlines');
  const res = await fetch(`${BASE}/provinces/${country}.json`);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /^application\/json/);
  const topo = await res.json();
  assert.equal(topo.type, 'Topology');
  assert.ok(topo.objects.provinces.geometries.every((g) => typeof g.properties.name === 'string'));
  assert.equal((await fetch(`${BASE}/provinces/..%2F..%2Fpackage.json`)).status, 404);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('the page fetched nothing from outside its own server', () => {
  assert.deepEqual(outside, []);
});
