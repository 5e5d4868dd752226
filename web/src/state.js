// The view's state, kept in the URL's query string so that a view can be
// shared or bookmarked, and restored on load.

const KEYS = ['view', 'country', 'admin1', 'type', 'actor', 'q', 'since', 'until', 'event', 'offset', 'speaker', 'org'];

export function readState() {
  const params = new URLSearchParams(window.location.search);
  const state = {};
  for (const k of KEYS) state[k] = params.get(k) ?? '';
  if (!['events', 'statements', 'alerts'].includes(state.view)) state.view = 'events';
  state.offset = Math.max(0, parseInt(state.offset, 10) || 0);
  return state;
}

export function writeState(state) {
  const params = new URLSearchParams();
  for (const k of KEYS) {
    const v = state[k];
    if (v === '' || v === undefined || v === null || (k === 'offset' && !v) || (k === 'view' && v === 'events')) continue;
    params.set(k, v);
  }
  const search = params.toString();
  const url = search ? `?${search}` : window.location.pathname;
  window.history.replaceState(null, '', url);
}
