// The event map: country outlines (Natural Earth via world-atlas), province
// outlines for the countries in view (Natural Earth admin-1, loaded per
// country: provinces.js) and events on a canvas, clustered with supercluster
// so that 100,000 points stay smooth. Points are sized by fatalities and
// coloured by ACLED event type; a cluster shows how many events it holds, in
// its dominant type's colour.
import { geoMercator, geoPath, geoGraticule10, geoBounds } from 'd3-geo';
import { select } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity } from 'd3-zoom';
import { feature, mesh } from 'topojson-client';
import Supercluster from 'supercluster';
import countries50m from 'world-atlas/countries-50m.json';
import countries110m from 'world-atlas/countries-110m.json';
import { typeColor } from './colors.js';
import { ProvinceLayer } from './provinces.js';

// Two levels of detail: 1:110m outlines while zoomed out, 1:50m closer in.
const outlines = (topo) => ({
  land: feature(topo, topo.objects.countries),
  borders: mesh(topo, topo.objects.countries, (a, b) => a !== b),
});
const COARSE = outlines(countries110m);
const FINE = outlines(countries50m);
// Zoomed in, only the countries in view are drawn (each with its bounds).
const FINE_COUNTRIES = FINE.land.features.map((f) => ({ f, b: geoBounds(f) }));
const GRATICULE = geoGraticule10();
const TILE = 256;  // supercluster's zoom levels are web-mercator tiles of 256 px

export class EventMap {
  constructor(canvas, { onSelect, status }) {
    this.canvas = canvas;
    this.ctx = canvas.getContext('2d');
    this.onSelect = onSelect;
    this.status = status;
    this.points = [];
    this.types = [];
    this.selected = null;
    this.markers = [];
    this.transform = zoomIdentity;
    this.base = geoMercator();
    this.provinces = new ProvinceLayer({ onChange: () => this.scheduleDraw() });
    this.tooltip = document.createElement('div');
    this.tooltip.className = 'map-tip';
    this.tooltip.hidden = true;
    canvas.parentElement.appendChild(this.tooltip);

    this.zoom = d3zoom()
      .scaleExtent([0.5, 4096])
      .on('zoom', (e) => {
        if (e.sourceEvent) this.userMoved = true;
        this.transform = e.transform;
        this.scheduleDraw();
      });
    select(canvas).call(this.zoom).on('dblclick.zoom', null);
    canvas.addEventListener('click', (e) => this.click(e));
    canvas.addEventListener('mousemove', (e) => this.hover(e));
    canvas.addEventListener('mouseleave', () => {
      this.tooltip.hidden = true;
      this.setHoveredProvince(null);
    });
    new ResizeObserver(() => this.resize()).observe(canvas.parentElement);
    this.resize();
  }

  resize() {
    const rect = this.canvas.parentElement.getBoundingClientRect();
    const dpr = window.devicePixelRatio || 1;
    this.width = Math.max(100, rect.width);
    this.height = Math.max(100, rect.height);
    this.canvas.width = Math.round(this.width * dpr);
    this.canvas.height = Math.round(this.height * dpr);
    this.canvas.style.width = `${this.width}px`;
    this.canvas.style.height = `${this.height}px`;
    this.ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    // Mercator has no finite extent: fit the inhabited latitudes instead.
    this.base.fitExtent([[10, 10], [this.width - 10, this.height - 10]],
      { type: 'MultiPoint', coordinates: [[-180, -58], [180, 78]] });
    // Until the user pans or zooms, the view follows the data.
    if (!this.userMoved && this.points?.length) this.fitToPoints();
    this.scheduleDraw();
  }

  // points: [{id, lat, lon, fatalities, type}], only those with coordinates.
  setPoints(points, { fit = false } = {}) {
    this.points = points;
    this.index = new Supercluster({
      radius: 42,
      maxZoom: 14,
      // Per cluster: fatalities, and events per type (by index) for its colour.
      map: (props) => {
        const counts = new Array(this.types.length).fill(0);
        counts[props.t] = 1;
        return { fat: props.fatalities, counts };
      },
      reduce: (acc, props) => {
        acc.fat += props.fat;
        for (let i = 0; i < acc.counts.length; i++) acc.counts[i] += props.counts[i];
      },
    });
    const typeIndex = new Map();
    for (const p of points) if (!typeIndex.has(p.type)) typeIndex.set(p.type, typeIndex.size);
    this.types = [...typeIndex.keys()];
    this.index.load(points.map((p) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      properties: { id: p.id, fatalities: p.fatalities, type: p.type, t: typeIndex.get(p.type), date: p.date, admin1: p.admin1 },
    })));
    this.provinces.setPoints(points);
    this.canvas.dataset.points = String(points.length);
    if (fit) this.fitToPoints();
    this.scheduleDraw();
  }

  // The country filter: its provinces are drawn however small it is.
  setCountry(country) {
    this.provinces.setSelected(country);
    this.scheduleDraw();
  }

  // Events and fatalities per province ("CC|admin1" -> {events, fatalities})
  // under the current filters, shown when hovering a province.
  setProvinceStats(stats) {
    this.provinces.setStats(stats);
    this.scheduleDraw();
  }

  // Provinces ("CC|admin1") of the escalation list, tinted on the map.
  setAlertProvinces(keys) {
    this.provinces.setHighlight(keys);
    this.scheduleDraw();
  }

  setSelected(id) {
    this.selected = id ? Number(id) : null;
    this.scheduleDraw();
  }

  // Zooms so that every point is in view (the whole world when none).
  fitToPoints() {
    this.userMoved = false;
    if (!this.points.length) {
      select(this.canvas).call(this.zoom.transform, zoomIdentity);
      return;
    }
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const p of this.points) {
      const [x, y] = this.base([p.lon, p.lat]);
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
    const pad = 50;     // screen pixels kept free around the points
    const legend = 70;  // the legend covers the bottom of the map
    const h = Math.max(50, this.height - legend);
    let k = Math.min(256, (this.width - 2 * pad) / Math.max(1e-6, x1 - x0), (h - 2 * pad) / Math.max(1e-6, y1 - y0));
    if (!Number.isFinite(k) || k <= 0) k = 1;
    const t = zoomIdentity.translate(this.width / 2, h / 2).scale(k).translate(-(x0 + x1) / 2, -(y0 + y1) / 2);
    select(this.canvas).call(this.zoom.transform, t);
  }

  projection() {
    const t = this.transform;
    const [tx, ty] = this.base.translate();
    // precision(0): no adaptive resampling, the outlines are dense enough.
    return geoMercator()
      .scale(this.base.scale() * t.k)
      .translate([tx * t.k + t.x, ty * t.k + t.y])
      .precision(0);
  }

  scheduleDraw() {
    if (this.pending) return;
    this.pending = requestAnimationFrame(() => {
      this.pending = 0;
      this.draw();
    });
  }

  draw() {
    const { ctx, width, height } = this;
    const proj = this.projection();
    const path = geoPath(proj, ctx);
    ctx.clearRect(0, 0, width, height);
    ctx.fillStyle = '#0b1016';
    ctx.fillRect(0, 0, width, height);
    ctx.beginPath(); path(GRATICULE); ctx.strokeStyle = '#141c25'; ctx.lineWidth = 1; ctx.stroke();
    if (this.transform.k < 4) {
      ctx.beginPath(); path(COARSE.land); ctx.fillStyle = '#1b2430'; ctx.fill();
      ctx.beginPath(); path(COARSE.borders); ctx.strokeStyle = '#3a4757'; ctx.lineWidth = 0.8; ctx.stroke();
    } else {
      const toLon = (x) => ((x - proj.translate()[0]) / proj.scale()) * (180 / Math.PI);
      const w = toLon(0), e = toLon(width), s = proj.invert([0, height])[1], n = proj.invert([0, 0])[1];
      ctx.beginPath();
      for (const { f, b } of FINE_COUNTRIES) {
        // b[0][0] > b[1][0]: the country crosses the antimeridian; always drawn.
        const crosses = b[0][0] > b[1][0];
        if (!crosses && (b[1][0] < w || b[0][0] > e || b[1][1] < s || b[0][1] > n)) continue;
        path(f);
      }
      ctx.fillStyle = '#1b2430'; ctx.fill();
      ctx.strokeStyle = '#3a4757'; ctx.lineWidth = 0.8; ctx.stroke();
    }
    {
      // Province outlines, under the points.
      const lon = (x) => ((x - proj.translate()[0]) / proj.scale()) * (180 / Math.PI);
      const nw = proj.invert([0, 0]), se = proj.invert([width, height]);
      const view = [lon(0), Number.isFinite(se[1]) ? se[1] : -90, lon(width), Number.isFinite(nw[1]) ? nw[1] : 90];
      const screen = { base: this.base, transform: this.transform, dpr: window.devicePixelRatio || 1 };
      const { countries, shapes } = this.provinces.draw(ctx, path, view, proj.scale() * Math.PI / 180, screen);
      this.canvas.dataset.provinceCountries = countries.join(',');
      this.canvas.dataset.provinces = String(shapes);
    }

    this.markers = [];
    let inView = 0;
    if (this.index && this.points.length) {
      const z = Math.max(0, Math.min(20, Math.floor(Math.log2((proj.scale() * 2 * Math.PI) / TILE))));
      // Longitudes from x directly (Mercator's x is linear in longitude):
      // invert() would wrap an edge beyond the antimeridian to the other side.
      const lonAt = (x) => ((x - proj.translate()[0]) / proj.scale()) * (180 / Math.PI);
      const nw = proj.invert([0, 0]), se = proj.invert([width, height]);
      const ok = (v) => Number.isFinite(v);
      const west = Math.max(-180, lonAt(0)), east = Math.min(180, lonAt(width));
      const north = ok(nw[1]) ? Math.min(85, nw[1]) : 85, south = ok(se[1]) ? Math.max(-85, se[1]) : -85;
      const items = west < east && south < north ? this.index.getClusters([west, south, east, north], z) : [];
      // Big first so that small markers stay clickable on top.
      const drawn = items.map((f) => {
        const [x, y] = proj(f.geometry.coordinates);
        const c = f.properties.cluster;
        const count = c ? f.properties.point_count : 1;
        const r = c ? Math.min(34, 9 + Math.sqrt(count) * 1.6) : Math.min(18, 3.5 + Math.sqrt(f.properties.fatalities) * 1.6);
        let type = f.properties.type;
        if (c) {
          const counts = f.properties.counts;
          type = this.types[counts.indexOf(Math.max(...counts))];
        }
        inView += count;
        return { x, y, r, f, count, type, cluster: Boolean(c) };
      }).sort((a, b) => b.r - a.r);
      for (const m of drawn) {
        ctx.beginPath();
        ctx.arc(m.x, m.y, m.r, 0, 2 * Math.PI);
        ctx.globalAlpha = m.cluster ? 0.78 : 0.85;
        ctx.fillStyle = typeColor(m.type);
        ctx.fill();
        ctx.globalAlpha = 1;
        ctx.lineWidth = m.cluster ? 2 : 1;
        ctx.strokeStyle = m.cluster ? 'rgba(255,255,255,0.55)' : '#0b1016';
        ctx.stroke();
        if (m.cluster) {
          ctx.fillStyle = '#0b1016';
          ctx.font = '600 11px system-ui, sans-serif';
          ctx.textAlign = 'center';
          ctx.textBaseline = 'middle';
          ctx.fillText(m.f.properties.point_count_abbreviated, m.x, m.y);
        }
        if (!m.cluster && m.f.properties.id === this.selected) {
          ctx.beginPath();
          ctx.arc(m.x, m.y, m.r + 4, 0, 2 * Math.PI);
          ctx.strokeStyle = '#ffffff';
          ctx.lineWidth = 2;
          ctx.stroke();
        }
      }
      this.markers = drawn;
    }
    this.canvas.dataset.markers = String(this.markers.length);
    // Where one single (unclustered) point is drawn, for tests and tooling.
    const single = this.markers.find((m) => !m.cluster && m.x > 30 && m.y > 30 && m.x < width - 30 && m.y < height - 60);
    if (single) {
      this.canvas.dataset.singleX = single.x.toFixed(1);
      this.canvas.dataset.singleY = single.y.toFixed(1);
    } else {
      delete this.canvas.dataset.singleX;
      delete this.canvas.dataset.singleY;
    }
    this.canvas.dataset.inView = String(inView);
    if (this.status) {
      this.status.textContent = `${this.points.length.toLocaleString()} events mapped · ${inView.toLocaleString()} in view`;
    }
  }

  hit(e) {
    const rect = this.canvas.getBoundingClientRect();
    const x = e.clientX - rect.left, y = e.clientY - rect.top;
    let best = null, bestD = Infinity;
    for (const m of this.markers) {
      const d = Math.hypot(m.x - x, m.y - y);
      if (d <= m.r + 3 && d - m.r < bestD) {
        best = m;
        bestD = d - m.r;
      }
    }
    return best;
  }

  click(e) {
    const m = this.hit(e);
    if (!m) return;
    if (!m.cluster) {
      this.onSelect(m.f.properties.id);
      return;
    }
    const zoomTo = this.index.getClusterExpansionZoom(m.f.properties.cluster_id);
    if (zoomTo > 14) {  // events at one place: pick the newest
      const leaves = this.index.getLeaves(m.f.properties.cluster_id, Infinity);
      leaves.sort((a, b) => String(b.properties.date).localeCompare(String(a.properties.date)));
      this.onSelect(leaves[0].properties.id);
      return;
    }
    const k = this.transform.k * Math.pow(2, Math.max(1, zoomTo - Math.log2((this.projection().scale() * 2 * Math.PI) / TILE)));
    const [px, py] = this.base(m.f.geometry.coordinates);
    const t = zoomIdentity.translate(this.width / 2, this.height / 2).scale(k).translate(-px, -py);
    select(this.canvas).call(this.zoom.transform, t);
  }

  hover(e) {
    const m = this.hit(e);
    this.canvas.style.cursor = m ? 'pointer' : 'grab';
    if (!m) {
      this.hoverProvince(e);
      return;
    }
    this.setHoveredProvince(null);
    const p = m.f.properties;
    this.tooltip.textContent = m.cluster
      ? `${p.point_count} events · ${p.fat} fatalities — click to zoom`
      : `${p.date} · ${p.type} · ${p.admin1 || ''} · ${p.fatalities} fatalities`;
    this.tooltip.hidden = false;
    this.tooltip.style.left = `${m.x + m.r + 8}px`;
    this.tooltip.style.top = `${m.y - 10}px`;
  }

  // Off the points: the province under the cursor, its name and figures.
  hoverProvince(e) {
    const rect = this.canvas.getBoundingClientRect();
    const x = e.clientX - rect.left, y = e.clientY - rect.top;
    const hit = this.provinces.at(this.projection().invert([x, y]));
    this.setHoveredProvince(hit);
    if (!hit) {
      this.tooltip.hidden = true;
      return;
    }
    const s = hit.shape;
    const known = s.admin1.length ? ` (${s.admin1.filter((a) => a !== s.name).join(', ')})`.replace(' ()', '') : '';
    const figures = `${s.events.toLocaleString()} events · ${s.fatalities.toLocaleString()} fatalities`;
    this.tooltip.textContent = `${s.name || 'Province'}${known}, ${hit.cc} · ${figures}${s.lit ? ' · escalating' : ''}`;
    this.tooltip.hidden = false;
    this.tooltip.style.left = `${x + 14}px`;
    this.tooltip.style.top = `${y - 10}px`;
  }

  setHoveredProvince(hit) {
    const before = this.provinces.hovered?.shape;
    this.provinces.hovered = hit;
    this.canvas.dataset.hoveredProvince = hit ? hit.shape.name : '';
    if (before !== hit?.shape) this.scheduleDraw();
  }
}
