// The dashboard: wires the filters, map, timeline, event table, event panel,
// statements and escalation views to the API, and keeps the state in the URL.
import './style.css';
import { getJson, unpackPoints } from './api.js';
import { readState, writeState } from './state.js';
import { EventMap } from './map.js';
import { Timeline } from './timeline.js';
import { renderEvent } from './panel.js';
import { typeColor, orderTypes, TYPE_COLORS } from './colors.js';

const $ = (id) => document.getElementById(id);
const state = readState();
let allPoints = [];       // from /api/points: every event matching actor and text
let pointsKey = null;     // the actor/text those were fetched for
const PAGE = 50;

const map = new EventMap($('map'), { onSelect: selectEvent, status: $('map-status') });
window.sitrepMap = map;  // for the browser tests and profiling
const timeline = new Timeline($('timeline'), {
  onRange(range) {
    state.since = range ? range[0] : '';
    state.until = range ? range[1] : '';
    state.offset = 0;
    refresh();
  },
});

function text(tag, value, cls) {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  node.textContent = value ?? '';
  return node;
}

function fillSelect(select, values, current, label = (v) => v) {
  const keep = current && !values.includes(current) ? [current, ...values] : values;
  select.replaceChildren(new Option('All', ''), ...keep.map((v) => new Option(label(v), v)));
  select.value = current || '';
}

function matches(p, { ignoreRange = false, ignore = '' } = {}) {
  if (state.country && ignore !== 'country' && p.country !== state.country) return false;
  if (state.admin1 && ignore !== 'admin1' && p.admin1 !== state.admin1) return false;
  if (state.type && ignore !== 'type' && p.type !== state.type) return false;
  if (!ignoreRange) {
    if (state.since && (!p.date || p.date < state.since)) return false;
    if (state.until && (!p.date || p.date > state.until)) return false;
  }
  return true;
}

function updateFacets() {
  const countries = new Map();
  const provinces = new Set();
  const types = new Set();
  for (const p of allPoints) {
    if (p.country) countries.set(p.country, (countries.get(p.country) ?? 0) + 1);
    if (p.admin1 && (!state.country || p.country === state.country)) provinces.add(p.admin1);
    types.add(p.type);
  }
  fillSelect($('f-country'), [...countries.keys()].sort(), state.country, (c) => `${c} (${countries.get(c)})`);
  fillSelect($('f-admin1'), [...provinces].sort(), state.admin1);
  fillSelect($('f-type'), orderTypes([...types].filter(Boolean)), state.type);
  $('f-actor').value = state.actor;
  $('f-q').value = state.q;
}

function updateLegend() {
  const legend = $('legend');
  legend.replaceChildren();
  for (const [t, c] of Object.entries(TYPE_COLORS)) {
    const item = text('span', t, 'legend-item');
    const sw = text('i', '');
    sw.style.background = c;
    item.prepend(sw);
    legend.append(item);
  }
  legend.append(text('span', '● size: fatalities · numbered: clusters', 'legend-item muted'));
}

async function loadPoints() {
  const key = `${state.actor}\u0000${state.q}`;
  if (key === pointsKey) return false;
  const p = await getJson('/api/points', { actor: state.actor, q: state.q });
  allPoints = unpackPoints(p);
  pointsKey = key;
  $('map-status').dataset.truncated = String(p.truncated);
  return true;
}

async function loadTable() {
  const params = {
    country: state.country, admin1: state.admin1, type: state.type, actor: state.actor, q: state.q,
    since: state.since, until: state.until, limit: PAGE, offset: state.offset,
  };
  const page = await getJson('/api/events', params);
  const body = $('events').querySelector('tbody');
  body.replaceChildren();
  for (const ev of page.events) {
    const tr = document.createElement('tr');
    tr.dataset.id = ev.id;
    if (String(ev.id) === state.event) tr.className = 'selected';
    const type = text('td', ev.sub_event_type || ev.event_type || ev.plover);
    const sw = text('i', '', 'dot');
    sw.style.background = typeColor(ev.event_type || ev.plover);
    type.prepend(sw);
    const loc = ev.location;
    tr.append(
      text('td', ev.date || '—', 'nowrap'),
      type,
      text('td', loc ? [loc.name, loc.admin1, loc.country].filter(Boolean).filter((v, i, a) => a.indexOf(v) === i).join(', ') : '—'),
      text('td', [ev.actor1?.name, ev.actor2?.name].filter(Boolean).join(' — ')),
      text('td', ev.fatalities ?? '—', 'num'),
      text('td', ev.source_count, 'num'),
    );
    tr.addEventListener('click', () => selectEvent(ev.id));
    body.append(tr);
  }
  $('events').dataset.total = page.total;
  $('table-count').textContent = `${page.total.toLocaleString()} events`;
  const last = Math.min(page.total, state.offset + page.events.length);
  $('page').textContent = page.total ? `${state.offset + 1}–${last}` : '';
  $('prev').disabled = state.offset === 0;
  $('next').disabled = last >= page.total;
}

async function refresh() {
  writeState(state);
  $('f-range').textContent = state.since || state.until ? `${state.since || '…'} → ${state.until || '…'}` : '';
  try {
    const table = loadTable();  // in parallel with the points
    const reloaded = await loadPoints();
    updateFacets();
    const mapped = allPoints.filter((p) => p.lat !== null && p.lon !== null && matches(p));
    map.setCountry(state.country);
    map.setProvinceStats(provinceStats());
    map.setPoints(mapped, { fit: reloaded || refresh.fitNext });
    loadMapAlerts();
    refresh.fitNext = false;
    timeline.setData(allPoints.filter((p) => matches(p, { ignoreRange: true })), state.since || state.until ? [state.since, state.until] : null);
    await table;
    document.body.dataset.ready = 'true';
  } catch (e) {
    $('map-status').textContent = `Error: ${e.message}`;
  }
}

// Events and fatalities per province under every filter: the figures of
// /api/stats by province, counted here from the points already loaded
// (events without coordinates included) instead of another request.
function provinceStats() {
  const stats = new Map();
  for (const p of allPoints) {
    if (!p.admin1 || !p.country || !matches(p)) continue;
    const key = `${p.country}|${p.admin1}`;
    const st = stats.get(key) ?? { events: 0, fatalities: 0 };
    st.events += 1;
    st.fatalities += p.fatalities || 0;
    stats.set(key, st);
  }
  return stats;
}

// The escalation list's flagged provinces, tinted on the map; fetched again
// only when the filters it takes change, and never holding up the page.
let mapAlertsKey = null;
function loadMapAlerts() {
  const key = `${state.country}\u0000${state.type}`;
  if (key === mapAlertsKey) return;
  mapAlertsKey = key;
  getJson('/api/alerts', { country: state.country, type: state.type }).then((report) => {
    if (key !== mapAlertsKey) return;
    const flagged = (report.provinces || []).filter((r) => (r.events_alert || r.fatalities_alert) && r.admin1 && r.country);
    map.setAlertProvinces(flagged.map((r) => `${r.country}|${r.admin1}`));
  }).catch(() => map.setAlertProvinces([]));
}

async function selectEvent(id) {
  state.event = String(id);
  writeState(state);
  map.setSelected(id);
  for (const tr of $('events').querySelectorAll('tbody tr')) tr.classList.toggle('selected', tr.dataset.id === String(id));
  const panel = $('panel');
  try {
    const ev = await getJson(`/api/events/${encodeURIComponent(id)}`);
    renderEvent(panel, ev);
    panel.dataset.event = String(id);
  } catch (e) {
    panel.replaceChildren(text('div', `Event ${id}: ${e.message}`, 'empty'));
  }
}

// ------------------------------------------------------------- statements

async function loadStatements() {
  const body = $('statements').querySelector('tbody');
  try {
    const page = await getJson('/api/statements', { speaker: state.speaker, org: state.org, limit: PAGE, offset: state.offset });
    body.replaceChildren();
    for (const st of page.statements) {
      const tr = document.createElement('tr');
      const who = text('td', st.speaker || '(unnamed)');
      if (st.role) who.append(text('div', st.role, 'muted small'));
      const src = text('td', st.outlet || '');
      src.append(text('div', st.title || '', 'muted small'));
      tr.append(text('td', st.date || '—', 'nowrap'), who, text('td', st.organization || '—'), text('td', `“${st.quote}”`, 'quote'), src);
      body.append(tr);
    }
    $('s-page').textContent = page.statements.length ? `${state.offset + 1}–${state.offset + page.statements.length}` : 'none';
    $('s-prev').disabled = state.offset === 0;
    $('s-next').disabled = !page.has_more;
  } catch (e) {
    body.replaceChildren(text('tr', `Error: ${e.message}`));
  }
}

// ------------------------------------------------------------- escalation

async function loadAlerts() {
  const box = $('alerts');
  try {
    const report = await getJson('/api/alerts', { country: state.country, type: state.type });
    box.replaceChildren(text('div', `Week ${report.week_start} → ${report.as_of}, against the ${report.baseline_weeks} weeks from ${report.baseline_start}. Statistic: docs/ALERTS.md.`, 'muted'));
    const rows = report.provinces || [];
    if (!rows.length) {
      box.append(text('div', 'No province shows a significant rise this week.', 'empty'));
      return;
    }
    const table = document.createElement('table');
    table.className = 'grid';
    table.innerHTML = '<thead><tr><th>Province</th><th>Country</th><th class="num">Events</th><th class="num">Baseline / wk</th><th class="num">Fatalities</th><th class="num">Baseline / wk</th><th>Flag</th></tr></thead>';
    const tbody = document.createElement('tbody');
    for (const r of rows) {
      const tr = document.createElement('tr');
      const flags = [r.events_alert ? 'events ↑' : '', r.fatalities_alert ? 'fatalities ↑' : ''].filter(Boolean).join(' · ');
      tr.append(text('td', r.admin1 || '—'), text('td', r.country || '—'), text('td', r.events, 'num'),
        text('td', Number(r.baseline_events).toFixed(1), 'num'), text('td', r.fatalities, 'num'),
        text('td', Number(r.baseline_fatalities).toFixed(1), 'num'), text('td', flags, flags ? 'alert' : ''));
      tr.addEventListener('click', () => {
        Object.assign(state, { view: 'events', country: r.country, admin1: r.admin1, offset: 0 });
        refresh.fitNext = true;
        showView();
      });
      tbody.append(tr);
    }
    table.append(tbody);
    box.append(table);
  } catch (e) {
    box.replaceChildren(text('div', `Escalation list unavailable: ${e.message}`, 'empty'));
  }
}

// ------------------------------------------------------------------ wiring

function showView() {
  for (const v of ['events', 'statements', 'alerts']) $(`view-${v}`).hidden = state.view !== v;
  for (const b of document.querySelectorAll('.tabs button')) b.classList.toggle('active', b.dataset.view === state.view);
  $('filters').hidden = state.view === 'statements';
  $('s-speaker').value = state.speaker;
  $('s-org').value = state.org;
  writeState(state);
  if (state.view === 'events') refresh();
  else if (state.view === 'statements') loadStatements().then(() => { document.body.dataset.ready = 'true'; });
  else loadAlerts().then(() => { document.body.dataset.ready = 'true'; });
}

function onFilter(key, value) {
  state[key] = value;
  if (key === 'country') state.admin1 = '';
  state.offset = 0;
  refresh.fitNext = key === 'country' || key === 'admin1';
  if (state.view === 'alerts') loadAlerts();
  else refresh();
}

function debounce(fn, ms) {
  let t = 0;
  return (...args) => {
    clearTimeout(t);
    t = setTimeout(() => fn(...args), ms);
  };
}

for (const b of document.querySelectorAll('.tabs button')) {
  b.addEventListener('click', () => {
    state.view = b.dataset.view;
    state.offset = 0;
    showView();
  });
}
$('f-country').addEventListener('change', (e) => onFilter('country', e.target.value));
$('f-admin1').addEventListener('change', (e) => onFilter('admin1', e.target.value));
$('f-type').addEventListener('change', (e) => onFilter('type', e.target.value));
$('f-actor').addEventListener('input', debounce((e) => onFilter('actor', e.target.value.trim()), 350));
$('f-q').addEventListener('input', debounce((e) => onFilter('q', e.target.value.trim()), 350));
$('f-clear').addEventListener('click', () => {
  Object.assign(state, { country: '', admin1: '', type: '', actor: '', q: '', since: '', until: '', offset: 0 });
  refresh.fitNext = true;
  refresh();
});
$('prev').addEventListener('click', () => { state.offset = Math.max(0, state.offset - PAGE); loadTable().then(() => writeState(state)); });
$('next').addEventListener('click', () => { state.offset += PAGE; loadTable().then(() => writeState(state)); });
$('s-speaker').addEventListener('input', debounce((e) => { state.speaker = e.target.value.trim(); state.offset = 0; writeState(state); loadStatements(); }, 350));
$('s-org').addEventListener('input', debounce((e) => { state.org = e.target.value.trim(); state.offset = 0; writeState(state); loadStatements(); }, 350));
$('s-prev').addEventListener('click', () => { state.offset = Math.max(0, state.offset - PAGE); writeState(state); loadStatements(); });
$('s-next').addEventListener('click', () => { state.offset += PAGE; writeState(state); loadStatements(); });

getJson('/api/summary').then((s) => {
  $('summary').textContent = `${s.events.toLocaleString()} events · ${s.documents.toLocaleString()} articles · ${s.statements.toLocaleString()} statements`;
}).catch((e) => { $('summary').textContent = `database unavailable: ${e.message}`; });
updateLegend();
showView();
if (state.event) selectEvent(state.event);
