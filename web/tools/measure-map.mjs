// Times the event map's frames in headless Chromium against a running
// `sitrep serve`: EventMap.draw() at a few views, with and without the
// province outlines, while panning and zooming (the transforms a drag or a
// wheel produces). Usage (the store e.g. from tests/e2e/make_db.py --events 100000):
//   node web/tools/measure-map.mjs http://127.0.0.1:PORT [COUNTRY]
// Prints one line per view: median and 95th percentile of draw() in ms,
// markers drawn, province shapes drawn.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { chromium } = createRequire(path.join(webDir, 'package.json'))('playwright-core');
const [base, country = 'AF'] = process.argv.slice(2);
if (!base) {
  console.error('usage: node web/tools/measure-map.mjs http://127.0.0.1:PORT [COUNTRY]');
  process.exit(2);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 1440, height: 960 } });

async function ready(query) {
  const t0 = Date.now();
  await page.goto(`${base}/${query}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 120000 });
  return Date.now() - t0;
}

// Frames while zooming in 4x around the centre, then panning across; each
// frame is drawn with and without the province outlines, one right after
// the other, so that the load of a shared machine hits both alike.
async function frames(label) {
  const r = await page.evaluate(async () => {
    const map = window.sitrepMap;
    const wanted = map.provinces.wanted;
    // Let the outlines of the countries in view arrive before timing.
    for (let i = 0; i < 30; i++) {
      map.draw();
      await new Promise((ok) => setTimeout(ok, 100));
    }
    const start = map.transform;
    const Transform = start.constructor;
    const on = [], off = [];
    let shapes = 0, markers = 0;
    const time = (list) => {
      const t = performance.now();
      map.draw();
      list.push(performance.now() - t);
    };
    for (let i = 0; i < 120; i++) {
      const f = k => k / start.k;
      const k = start.k * Math.pow(4, (i % 60) / 60);
      const dx = i < 60 ? 0 : (i - 60) * 6;
      map.transform = new Transform(k, start.x * f(k) + (1 - f(k)) * map.width / 2 + dx, start.y * f(k) + (1 - f(k)) * map.height / 2);
      map.provinces.wanted = wanted;
      time(on);
      shapes = Math.max(shapes, Number(map.canvas.dataset.provinces || 0));
      markers = Math.max(markers, map.markers.length);
      map.provinces.wanted = () => [];
      time(off);
    }
    map.transform = start;
    map.provinces.wanted = wanted;
    map.draw();
    const stat = (list) => {
      list.sort((a, b) => a - b);
      return [list[Math.floor(list.length / 2)], list[Math.floor(list.length * 0.95)]];
    };
    return { on: stat(on), off: stat(off), shapes, markers, points: map.points.length };
  });
  const f = ([m, p]) => `median ${m.toFixed(1)} ms, p95 ${p.toFixed(1)} ms`;
  console.log(`${label}: ${r.points} points, <=${r.markers} markers, <=${r.shapes} province shapes`);
  console.log(`  draw() with provinces ${f(r.on)}; without ${f(r.off)}`);
}

const world = await ready('');
console.log(`page ready (all events): ${world} ms`);
await frames('all events, fitted');
const one = await ready(`?country=${country}`);
console.log(`page ready (?country=${country}): ${one} ms`);
await frames(`${country}, fitted`);
await browser.close();
