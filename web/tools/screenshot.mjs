// Takes the README's dashboard screenshot (docs/img/dashboard.png) in
// headless Chromium from a running `sitrep serve`, 1440 x 960, once the page,
// the selected event and the province outlines in view are drawn. Usage:
//   sitrep ingest --db /tmp/demo.db examples/corpus
//   sitrep serve --db /tmp/demo.db --port 0 &
//   node web/tools/screenshot.mjs http://127.0.0.1:PORT docs/img/dashboard.png '?event=1'
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { chromium } = createRequire(path.join(webDir, 'package.json'))('playwright-core');
const [base, out, query = ''] = process.argv.slice(2);
if (!base || !out) {
  console.error('usage: node web/tools/screenshot.mjs http://127.0.0.1:PORT OUT.png [?QUERY]');
  process.exit(2);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 1440, height: 960 } });
await page.goto(`${base}/${query}`);
await page.waitForSelector('body[data-ready="true"]', { timeout: 60000 });
if (/[?&]event=/.test(query)) await page.waitForSelector('#panel[data-event]', { timeout: 20000 });
// Province files arrive after the first frames; wait until nothing is in flight.
await page.waitForFunction(() => window.sitrepMap.provinces.inFlight === 0 && window.sitrepMap.provinces.indexState !== 'loading');
await page.waitForTimeout(1000);
await page.screenshot({ path: out });
console.log(`${out}: provinces drawn for ${await page.getAttribute('#map', 'data-province-countries') || 'no country'}`);
await browser.close();
