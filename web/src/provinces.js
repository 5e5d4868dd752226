// Province (admin-1) outlines on the event map: Natural Earth's admin-1
// shapes, one file per country written at build time into dist/provinces/
// (web/tools/provinces.mjs), fetched from the dashboard's own server only
// when a country is wanted: it is the country filter, or it has events and
// is in view large enough for its provinces to be told apart. Decoded
// countries are kept (at most MAX_LOADED, least recently drawn dropped).
//
// The store's province names come from GeoNames and Natural Earth's do not
// always agree ("Helmand" / "Hilmand"), so a store province is linked to a
// shape by name when the names agree once folded, else by where its events
// are: the shape that holds most of its geocoded events.
import { feature, mesh } from 'topojson-client';
import { geoBounds, geoContains, geoPath } from 'd3-geo';

const MIN_PIXELS = 100;  // a country narrower and shorter on screen gets no outlines
const MAX_LOADED = 24;   // decoded countries kept
const MAX_PARALLEL = 3;  // requests in flight
const VOTES = 25;        // geocoded events sampled to place a store province

// "Deir ez-Zor" and "Dayr Az Zawr" stay different; "Ségou" and "Segou", or
// "Lower Shabelle" and "lower shabelle", do not.
export function foldName(name) {
  return String(name ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '');
}

const inBox = ([x, y], [w, s, e, n]) => y >= s && y <= n && (w <= e ? x >= w && x <= e : x >= w || x <= e);

export class ProvinceLayer {
  // onChange: called when a country's shapes arrive (the map redraws).
  constructor({ onChange, fetchJson = defaultFetch } = {}) {
    this.onChange = onChange ?? (() => {});
    this.fetchJson = fetchJson;
    this.index = null;         // {countries: {CC: {bbox, provinces}}} once loaded
    this.indexState = 'none';  // none | loading | ready | failed
    this.countries = new Map();  // CC -> {state, shapes?, borders?, used}
    this.inFlight = 0;
    this.focus = new Set();   // countries with events on the map
    this.selected = '';       // the country filter
    this.points = [];
    this.stats = new Map();   // "CC|admin1" -> {events, fatalities}
    this.highlight = new Set();  // "CC|admin1" of the escalation list
    this.clock = 0;
    this.drawn = [];          // countries drawn in the last frame
  }

  // The mapped points (each with country, admin1, lat, lon): which countries
  // have events, and where each store province's events are.
  setPoints(points) {
    this.points = points;
    this.focus = new Set();
    for (const p of points) if (p.country) this.focus.add(p.country);
    for (const entry of this.countries.values()) entry.links = null;
    if (this.focus.size && this.indexState === 'none') this.loadIndex();
  }

  setSelected(country) {
    this.selected = country || '';
    if (this.selected && this.indexState === 'none') this.loadIndex();
  }

  // Events and fatalities per store province ("CC|admin1"), for the tooltip.
  setStats(stats) {
    this.stats = stats;
    for (const entry of this.countries.values()) entry.links = null;
  }

  // Store provinces ("CC|admin1") to highlight (the escalation list).
  setHighlight(keys) {
    this.highlight = new Set(keys);
    for (const entry of this.countries.values()) entry.links = null;
  }

  loadIndex() {
    this.indexState = 'loading';
    this.fetchJson('/provinces/index.json').then((index) => {
      this.index = index && typeof index.countries === 'object' && index.countries ? index : { countries: {} };
      this.indexState = 'ready';
      this.onChange();
    }, () => {
      this.indexState = 'failed';  // no outlines; the map works without them
    });
  }

  load(cc) {
    const entry = { state: 'loading', used: this.clock };
    this.countries.set(cc, entry);
    this.inFlight++;
    this.fetchJson(`/provinces/${cc}.json`).then((topo) => {
      const object = topo?.objects?.provinces;
      if (!object) throw new Error('no provinces');
      const shapes = feature(topo, object).features.map((f) => ({ f, b: geoBounds(f), name: f.properties?.name ?? '' }));
      Object.assign(entry, { state: 'ready', shapes, borders: mesh(topo, object, (a, b) => a !== b), links: null });
    }).catch(() => {
      entry.state = 'failed';  // not retried in this page
    }).finally(() => {
      this.inFlight--;
      this.evict();
      this.onChange();
    });
  }

  evict() {
    const ready = [...this.countries.entries()].filter(([, e]) => e.state === 'ready');
    if (ready.length <= MAX_LOADED) return;
    ready.sort((a, b) => a[1].used - b[1].used);
    for (const [cc] of ready.slice(0, ready.length - MAX_LOADED)) this.countries.delete(cc);
  }

  // Countries to draw in a frame. view: [west, south, east, north] in
  // degrees; pxPerDegree: the projection's scale along x.
  wanted(view, pxPerDegree) {
    if (this.indexState !== 'ready') return [];
    const out = [];
    const candidates = new Set(this.focus);
    if (this.selected) candidates.add(this.selected);
    for (const cc of candidates) {
      const info = this.index.countries[cc];
      if (!info || !Array.isArray(info.bbox)) continue;
      const [w, s, e, n] = info.bbox;
      if (e < view[0] || w > view[2] || n < view[1] || s > view[3]) continue;
      const big = (e - w) * pxPerDegree >= MIN_PIXELS || (n - s) * pxPerDegree >= MIN_PIXELS;
      if (cc !== this.selected && !big) continue;
      out.push(cc);
    }
    return out;
  }

  // Draws the outlines of the wanted countries under the points, and starts
  // loading the ones not loaded yet. screen: {base, transform, dpr}, the
  // map's unzoomed projection and its zoom: borders are projected once per
  // base projection into a Path2D and drawn through the canvas transform
  // (Mercator zooms and pans linearly), so a frame costs no projecting.
  draw(ctx, path, view, pxPerDegree, screen) {
    this.clock++;
    this.drawn = [];
    let shapes = 0;
    for (const cc of this.wanted(view, pxPerDegree)) {
      const entry = this.countries.get(cc);
      if (!entry) {
        if (this.inFlight < MAX_PARALLEL) this.load(cc);
        continue;
      }
      if (entry.state !== 'ready') continue;
      entry.used = this.clock;
      this.link(cc, entry);
      const lit = entry.shapes.filter((s) => s.lit);
      if (lit.length) {
        ctx.beginPath();
        for (const s of lit) path(s.f);
        ctx.fillStyle = 'rgba(230, 75, 60, 0.16)';
        ctx.fill();
      }
      if (this.hovered && this.hovered.cc === cc) {
        ctx.beginPath();
        path(this.hovered.shape.f);
        ctx.fillStyle = 'rgba(255, 255, 255, 0.1)';
        ctx.fill();
      }
      const { base, transform: t, dpr } = screen;
      const key = `${base.scale()} ${base.translate()}`;
      if (entry.pathKey !== key) {
        entry.path = new Path2D();
        geoPath(base, entry.path)(entry.borders);
        entry.pathKey = key;
      }
      ctx.save();
      ctx.setTransform(dpr * t.k, 0, 0, dpr * t.k, dpr * t.x, dpr * t.y);
      ctx.strokeStyle = cc === this.selected ? '#5b6b7e' : '#465467';
      ctx.lineWidth = 0.6 / t.k;
      ctx.stroke(entry.path);
      ctx.restore();
      if (lit.length) {
        ctx.beginPath();
        for (const s of lit) path(s.f);
        ctx.strokeStyle = 'rgba(240, 96, 80, 0.8)';
        ctx.lineWidth = 1.2;
        ctx.stroke();
      }
      this.drawn.push(cc);
      shapes += entry.shapes.length;
    }
    return { countries: this.drawn, shapes };
  }

  // Links each store province of a country to a shape (see the top comment)
  // and totals its figures; recomputed after points, stats or highlights change.
  link(cc, entry) {
    if (entry.links) return;
    const byName = new Map();
    entry.shapes.forEach((s, i) => {
      s.events = 0;
      s.fatalities = 0;
      s.lit = false;
      s.admin1 = [];
      if (s.name) byName.set(foldName(s.name), i);
    });
    const names = new Set();
    const prefix = `${cc}|`;
    for (const key of this.stats.keys()) if (key.startsWith(prefix)) names.add(key.slice(prefix.length));
    for (const key of this.highlight) if (key.startsWith(prefix)) names.add(key.slice(prefix.length));
    const samples = new Map();  // admin1 -> a few geocoded points
    for (const p of this.points) {
      if (p.country !== cc || !p.admin1 || p.lat === null || p.lon === null) continue;
      const list = samples.get(p.admin1) ?? [];
      if (list.length < VOTES) list.push([p.lon, p.lat]);
      samples.set(p.admin1, list);
      names.add(p.admin1);
    }
    entry.links = new Map();
    for (const admin1 of names) {
      let i = byName.get(foldName(admin1));
      if (i === undefined) i = this.vote(entry, samples.get(admin1) ?? []);
      if (i === undefined) continue;
      entry.links.set(admin1, i);
      const s = entry.shapes[i];
      const st = this.stats.get(prefix + admin1);
      if (st) {
        s.events += st.events;
        s.fatalities += st.fatalities;
      }
      s.admin1.push(admin1);
      if (this.highlight.has(prefix + admin1)) s.lit = true;
    }
  }

  vote(entry, points) {
    const counts = new Map();
    for (const pt of points) {
      const i = entry.shapes.findIndex((s) => inBox(pt, [s.b[0][0], s.b[0][1], s.b[1][0], s.b[1][1]]) && geoContains(s.f, pt));
      if (i >= 0) counts.set(i, (counts.get(i) ?? 0) + 1);
    }
    let best, bestN = 0;
    for (const [i, n] of counts) if (n > bestN) [best, bestN] = [i, n];
    return best;
  }

  // The drawn province at [lon, lat], or null: {cc, shape}.
  at(lonlat) {
    if (!lonlat || !lonlat.every(Number.isFinite)) return null;
    for (const cc of this.drawn) {
      const entry = this.countries.get(cc);
      if (entry?.state !== 'ready') continue;
      for (const shape of entry.shapes) {
        const [[w, s], [e, n]] = shape.b;
        if (inBox(lonlat, [w, s, e, n]) && geoContains(shape.f, lonlat)) return { cc, shape };
      }
    }
    return null;
  }
}

async function defaultFetch(url) {
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return res.json();
}
