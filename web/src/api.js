// Talks to the sitrep server's JSON API (docs/DASHBOARD.md). Same origin only.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export async function getJson(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') query.set(k, v);
  }
  const url = query.toString() ? `${path}?${query}` : path;
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  let body = null;
  try {
    body = await res.json();
  } catch {
    body = null;
  }
  if (!res.ok) throw new ApiError(res.status, body?.error?.message ?? res.statusText);
  return body;
}

// Turns the column-wise /api/points answer into one object per event.
export function unpackPoints(p) {
  const points = new Array(p.count);
  for (let i = 0; i < p.count; i++) {
    const admin1 = p.admin1s[p.admin1[i]];
    points[i] = {
      id: p.id[i],
      lat: p.lat[i],
      lon: p.lon[i],
      date: p.dates[p.date[i]] ?? '',
      fatalities: p.fatalities[i],
      type: p.types[p.type[i]],
      country: p.countries[p.country[i]],
      admin1: admin1 ? admin1.slice(admin1.indexOf('|') + 1) : '',
    };
  }
  return points;
}
