// ACLED event types and their colours, used by the map, timeline and legend.
export const TYPE_COLORS = {
  'Battles': '#e5484d',
  'Explosions/Remote violence': '#f5a524',
  'Violence against civilians': '#b464f0',
  'Protests': '#3fb8af',
  'Riots': '#4c8dff',
  'Strategic developments': '#9aa5b1',
};
export const OTHER_COLOR = '#6b7785';

export function typeColor(type) {
  return TYPE_COLORS[type] ?? OTHER_COLOR;
}

// Types in a stable order: ACLED's first, then any other (PLOVER-only) ones.
export function orderTypes(types) {
  const known = Object.keys(TYPE_COLORS);
  return [...new Set(types)].sort((a, b) => {
    const ia = known.indexOf(a), ib = known.indexOf(b);
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || String(a).localeCompare(String(b));
  });
}
