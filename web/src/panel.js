// The event panel: the merged event, its codes and precision, and every
// source with its own figures and its evidence sentence. The store keeps
// no trigger offsets, so the evidence highlights the event's own terms
// found in it: place, actors and the source's casualty figures.
import { typeColor } from './colors.js';

const GEO_PRECISION = { 1: 'town', 2: 'district / near a town', 3: 'province' };

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') node.className = v;
    else if (k === 'style') node.style.cssText = v;
    else node.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function row(label, value) {
  if (value === null || value === undefined || value === '') return null;
  return el('div', { class: 'kv' }, el('span', { class: 'k' }, label), el('span', { class: 'v' }, value));
}

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// The evidence text with the event's terms wrapped in <mark>.
export function highlightEvidence(text, mention) {
  const terms = [];
  const loc = mention.location;
  for (const t of [loc?.name, loc?.admin2, loc?.admin1, mention.actor1?.name, mention.actor2?.name]) {
    if (t && t.length > 2) terms.push({ text: t, kind: 'place' });
  }
  for (const n of [mention.fatalities, mention.wounded]) {
    if (Number.isInteger(n)) terms.push({ text: String(n), kind: 'figure', word: true });
  }
  const parts = [];
  for (const t of terms) {
    const body = escapeRegExp(t.text);
    parts.push(t.word ? `\\b${body}\\b` : body);
  }
  const node = el('blockquote', { class: 'evidence' });
  if (!parts.length) {
    node.append(text);
    return node;
  }
  const re = new RegExp(parts.join('|'), 'gi');
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > last) node.append(text.slice(last, m.index));
    node.append(el('mark', {}, m[0]));
    last = m.index + m[0].length;
  }
  node.append(text.slice(last));
  return node;
}

function actorText(a) {
  if (!a) return null;
  return `${a.name}${a.inter ? ` (inter ${a.inter})` : ''}`;
}

export function renderEvent(container, ev) {
  container.replaceChildren();
  const loc = ev.location;
  const place = loc ? [loc.name, loc.admin2, loc.admin1, loc.country_name || loc.country].filter(Boolean)
    .filter((v, i, a) => a.indexOf(v) === i).join(', ') : 'unknown place';
  const inter1 = ev.actor1?.inter ?? 0, inter2 = ev.actor2?.inter ?? 0;
  const interaction = inter1 ? (inter2 ? `${Math.min(inter1, inter2)}${Math.max(inter1, inter2)}` : `${inter1}0`) : '';
  container.append(
    el('div', { class: 'ev-head' },
      el('span', { class: 'swatch', style: `background:${typeColor(ev.event_type || ev.plover)}` }),
      el('div', {},
        el('h2', {}, ev.sub_event_type || ev.event_type || ev.plover || 'Event'),
        el('div', { class: 'muted' }, `#${ev.id} · ${ev.date || 'undated'} · ${place}`))),
    el('div', { class: 'figures' },
      el('div', {}, el('b', {}, ev.fatalities ?? '—'), el('span', {}, 'fatalities')),
      el('div', {}, el('b', {}, ev.wounded ?? '—'), el('span', {}, 'wounded')),
      el('div', {}, el('b', {}, ev.source_count), el('span', {}, ev.source_count === 1 ? 'source' : 'sources'))),
    el('div', { class: 'codes' },
      row('ACLED type', ev.event_type),
      row('Sub-event', ev.sub_event_type),
      row('PLOVER', [ev.plover, ev.plover_mode].filter(Boolean).join(' · ')),
      row('Contexts', (ev.plover_contexts || []).join(', ')),
      row('Actor 1', actorText(ev.actor1)),
      row('Actor 2', actorText(ev.actor2)),
      row('Interaction', interaction),
      row('Date', ev.date ? `${ev.date} (precision: ${ev.date_precision || 'unknown'})` : 'unknown'),
      row('Location', loc ? `${place} (geo precision ${loc.precision}: ${GEO_PRECISION[loc.precision] ?? 'unknown'})` : null),
      row('Coordinates', loc && loc.lat !== null ? `${loc.lat.toFixed(4)}, ${loc.lon.toFixed(4)}` : null)),
    el('h3', {}, `Sources (${(ev.mentions || []).length})`),
  );
  const list = el('ol', { class: 'sources' });
  for (const m of ev.mentions || []) {
    list.append(el('li', { class: 'source', 'data-mention': m.mention_id },
      el('div', { class: 'src-head' },
        el('b', {}, m.outlet || 'unknown outlet'),
        el('span', { class: 'muted' }, ` · ${(m.published || '').slice(0, 10)}`),
        el('span', { class: 'own' }, `${m.fatalities ?? '—'} killed · ${m.wounded ?? '—'} wounded`)),
      m.title ? el('div', { class: 'src-title' }, m.url
        ? el('a', { href: m.url, target: '_blank', rel: 'noopener noreferrer' }, m.title) : m.title) : null,
      highlightEvidence(m.evidence || '', m),
      el('div', { class: 'muted small' }, `evidence bytes ${m.evidence_start}–${m.evidence_end} of document ${m.document_id} · confidence ${m.confidence}`)));
  }
  container.append(list);
}
