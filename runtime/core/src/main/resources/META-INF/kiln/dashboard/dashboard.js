// Kiln dashboard: reads Kiln's JSON endpoints (and /metrics) of every instance in the registry, every POLL_MS.
// Other instances are read through this one (/kiln/dashboard/api/instances/{id}/...): one origin, no CORS.
// The DOM is built with textContent only: nothing an endpoint returns is ever parsed as HTML.
'use strict';
const POLL_MS = 3000;
const state = { self: null, instances: [], previous: new Map(), trace: null, map: null };

function el(tag, attrs, ...children) {
  const node = tag.startsWith('svg:') ? document.createElementNS('http://www.w3.org/2000/svg', tag.slice(4))
    : document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (key === 'on') { for (const [event, fn] of Object.entries(value)) node.addEventListener(event, fn); }
    // Through the CSSOM: the page's Content-Security-Policy refuses inline style attributes.
    else if (key === 'style') Object.assign(node.style, value);
    else if (value !== null && value !== undefined) node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
  }
  return node;
}
function table(headers, rows) {
  return el('table', {}, el('thead', {}, el('tr', {}, headers.map(h =>
    el('th', { class: h.startsWith('#') ? 'num' : null }, h.replace(/^#/, ''))))), el('tbody', {}, rows));
}
function td(value, cls) { return el('td', { class: cls || (typeof value === 'number' ? 'num' : null) }, value); }
function fill(id, ...content) {
  document.querySelector('#' + id + ' .body').replaceChildren(...content.filter(c => c !== null && c !== undefined));
}
function none(what) { return el('p', { class: 'muted' }, what); }
const ms = v => v === null || v === undefined ? '—' : v.toFixed(v < 10 ? 2 : v < 100 ? 1 : 0) + ' ms';
const mb = v => (v / 1048576).toFixed(1) + ' MB';
const short = id => id.length > 24 ? id.slice(0, 24) + '…' : id;

// ---- reading ----
function at(instance, path) {
  return instance.id === state.self.instance ? path
    : '/kiln/dashboard/api/instances/' + encodeURIComponent(instance.id) + path;
}
async function read(url, options) {
  try {
    const res = await fetch(url, Object.assign({ cache: 'no-store' }, options));
    const type = res.headers.get('Content-Type') || '';
    const body = type.includes('json') ? await res.json() : await res.text();
    return { status: res.status, body };
  } catch (e) {
    return { status: 0, body: null, error: String(e) };
  }
}
const ok = r => r.status >= 200 && r.status < 300 ? r.body : null;

function parseMetrics(text) {
  const series = [];
  for (const line of (text || '').split('\n')) {
    const m = line.match(/^([a-zA-Z_:][\w:]*)(?:\{(.*)\})?\s+(\S+)/);
    if (!m || line.startsWith('#')) continue;
    const labels = {};
    for (const l of (m[2] || '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[l[1]] = l[2].replace(/\\(.)/g, '$1');
    series.push({ name: m[1], labels, value: Number(m[3]) });
  }
  return series;
}
function total(series, name, where) {
  return series.filter(s => s.name === name && (!where || where(s.labels))).reduce((a, s) => a + s.value, 0);
}
function has(series, name) { return series.some(s => s.name === name); }

async function refresh() {
  const registry = await read('/kiln/registry');
  if (!ok(registry)) throw new Error('/kiln/registry answered ' + registry.status);
  const byId = new Map();
  for (const [service, list] of Object.entries(registry.body.services)) {
    for (const i of list) {
      const known = byId.get(i.id) || Object.assign({}, i, { services: [] });
      known.services.push(service);
      byId.set(i.id, known);
    }
  }
  if (!byId.has(state.self.instance)) {
    byId.set(state.self.instance, { id: state.self.instance, application: state.self.application,
      uri: location.origin, status: '—', services: [] });
  }
  const instances = [...byId.values()].sort((a, b) => (a.application + a.id).localeCompare(b.application + b.id));
  await Promise.all(instances.map(async i => {
    const [health, metrics, traces, errors, messaging, caches] = await Promise.all(
      ['/health', '/metrics', '/kiln/traces', '/kiln/errors', '/kiln/messaging', '/kiln/caches']
        .map(path => read(at(i, path))));
    i.health = health.body && typeof health.body === 'object' ? health.body : null;
    i.metrics = parseMetrics(ok(metrics));
    i.traces = ok(traces);
    i.errors = ok(errors);
    i.messaging = ok(messaging);
    i.caches = ok(caches);
  }));
  const map = await read('/kiln/service-map');
  state.map = map.status === 200 ? map.body : { unavailable: map.status };
  state.instances = instances;
  await loadDeadLetters(instances);
  render();
}

// ---- panels ----
function render() {
  const all = state.instances;
  renderSystem(all);
  renderMap(state.map, all);
  renderRoutes(all);
  renderTraces(all);
  renderErrors(all);
  renderMessaging(all);
  renderCaches(all);
  renderPool(all);
  renderResources(all);
}

function renderSystem(all) {
  fill('system', table(['application', 'instance', 'address', 'registry', 'health', 'state', '#restarts', 'up since'],
    all.map(i => {
      const checks = (i.health && i.health.checks) || [];
      const lifecycle = checks.find(c => c.name === 'lifecycle');
      const data = (lifecycle && lifecycle.data) || {};
      const restarts = Object.entries(data).filter(([k]) => /restart/i.test(k)).reduce((a, [, v]) => a + Number(v), 0);
      const down = checks.filter(c => c.status !== 'UP').map(c => c.name);
      const health = i.health ? i.health.status + (down.length ? ' (' + down.join(', ') + ')' : '') : 'unreachable';
      return el('tr', { 'data-app': i.application, 'data-instance': i.id },
        td(i.application), td(short(i.id), 'muted'), td(i.uri), td(i.status, i.status),
        td(health, i.health ? i.health.status : 'DOWN'), td(data.application || '—'), td(restarts),
        td(i.startedAt ? new Date(i.startedAt).toLocaleTimeString() : '—'));
    })));
}

function renderMap(map, all) {
  if (!map || map.unavailable !== undefined) {
    const names = [...new Set(all.map(i => i.application))];
    fill('map', none('GET /kiln/service-map answered ' + (map ? map.unavailable : '—')
      + '; the applications in the registry: ' + names.join(', ')));
    return;
  }
  const nodes = new Map();
  const node = (name, resource) => {
    if (!nodes.has(name)) nodes.set(name, { name, resource, level: 0 });
    return nodes.get(name);
  };
  for (const app of map.applications) node(app.name, false);
  for (const edge of map.edges) { node(edge.from, edge.from.includes(':')); node(edge.to, edge.to.includes(':')); }
  // Callers to the left of what they call: a few rounds of relaxation (bounded, so a cycle cannot loop).
  for (let round = 0; round < nodes.size; round++) {
    for (const e of map.edges) {
      const from = nodes.get(e.from), to = nodes.get(e.to);
      if (to.level < from.level + 1 && to.level < nodes.size) to.level = from.level + 1;
    }
  }
  const W = 170, H = 32, COLUMN = 420, ROW = 80;
  const columns = new Map();
  for (const n of [...nodes.values()].sort((a, b) => a.name.localeCompare(b.name))) {
    const column = columns.get(n.level) || [];
    n.x = 20 + n.level * COLUMN;
    n.y = 30 + column.length * ROW;
    column.push(n);
    columns.set(n.level, column);
  }
  const width = 40 + (columns.size - 1) * COLUMN + W, height = 40 + Math.max(...[...columns.values()].map(c => c.length)) * ROW;
  const svg = el('svg:svg', { width, height, viewBox: `0 0 ${width} ${height}` },
    el('svg:defs', {}, el('svg:marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 7,
      markerHeight: 7, orient: 'auto' }, el('svg:path', { d: 'M0,0 L10,5 L0,10 z', fill: '#7a859c' }))));
  for (const e of map.edges) {
    const a = nodes.get(e.from), b = nodes.get(e.to);
    const [x1, y1, x2, y2] = [a.x + W, a.y + H / 2, b.x, b.y + H / 2];
    const live = map.observed && e.calls !== null && e.calls !== undefined
      ? `${e.calls} calls · ${e.errors} err · p50 ${ms(e.p50Ms)} · p99 ${ms(e.p99Ms)}` : null;
    svg.append(el('svg:g', { class: 'edge' + (e.drift ? ' drift' : ''), 'data-from': e.from, 'data-to': e.to },
      el('svg:title', {}, `${e.from} → ${e.to} (${e.kind})` + (e.drift ? ': ' + e.drift : '')),
      el('svg:line', { x1, y1, x2, y2, 'marker-end': 'url(#arrow)' }),
      // The label at the middle, on a white halo: a line crossing it leaves it readable.
      el('svg:text', { x: (x1 + x2) / 2, y: (y1 + y2) / 2 - (live ? 18 : 5), 'text-anchor': 'middle', class: 'label' },
        el('svg:tspan', {}, [e.kind, e.drift].filter(Boolean).join(' · ')),
        live ? el('svg:tspan', { x: (x1 + x2) / 2, dy: 13 }, live) : null)));
  }
  for (const n of nodes.values()) {
    const app = map.applications.find(x => x.name === n.name);
    const up = app ? app.instances.filter(i => i.state === 'UP').length + '/' + app.instances.length + ' up' : '';
    svg.append(el('svg:g', { class: 'node' + (n.resource ? ' resource' : ''), 'data-name': n.name },
      el('svg:rect', { x: n.x, y: n.y, width: W, height: H, rx: 5 }),
      el('svg:text', { x: n.x + 8, y: n.y + 20 }, n.name + (up ? '  (' + up + ')' : ''))));
  }
  const drift = map.edges.filter(e => e.drift);
  fill('map', svg, map.observed ? null : none('No telemetry SDK: edges carry no live figures.'),
    drift.length ? el('p', { class: 'warn' }, drift.length + ' edge(s) drift from the declared graph: '
      + drift.map(e => `${e.from} → ${e.to} ${e.drift}`).join('; ')) : null);
}

function renderRoutes(all) {
  const rows = [];
  const now = Date.now();
  for (const i of all) {
    const routes = new Map();
    for (const s of i.metrics.filter(s => s.name.startsWith('http_server_request_duration_seconds_'))) {
      const key = s.labels.http_request_method + ' ' + s.labels.http_route;
      const r = routes.get(key) || { method: s.labels.http_request_method, route: s.labels.http_route, count: 0, errors: 0, sum: 0 };
      if (s.name.endsWith('_count')) {
        r.count += s.value;
        if (Number(s.labels.http_response_status_code) >= 500) r.errors += s.value;
      } else if (s.name.endsWith('_sum')) r.sum += s.value;
      routes.set(key, r);
    }
    for (const r of routes.values()) {
      const key = i.id + ' ' + r.method + ' ' + r.route;
      const before = state.previous.get(key);
      const rate = before ? (r.count - before.count) / ((now - before.at) / 1000) : null;
      state.previous.set(key, { count: r.count, at: now });
      rows.push(el('tr', { 'data-route': r.route, 'data-app': i.application },
        td(i.application), td(r.method), td(r.route), td(r.count), td(rate === null ? '—' : rate.toFixed(2)),
        td(r.errors, r.errors ? 'num bad' : 'num'), td(ms(r.count ? r.sum / r.count * 1000 : null), 'num')));
    }
  }
  fill('routes', rows.length ? table(['application', 'method', 'route', '#requests', '#req/s', '#5xx', '#mean'], rows)
    : none('No route has been called yet (or no telemetry SDK: /metrics absent).'));
}

function renderTraces(all) {
  const traces = new Map();
  for (const i of all) {
    for (const t of (i.traces && i.traces.traces) || []) {
      // Each instance keeps its own part of a trace: the root is the part that started first (the longer on a tie),
      // the trace runs from the first start to the last end.
      const t0 = Date.parse(t.start), t1 = t0 + t.durationMs;
      const known = traces.get(t.traceId) || { traceId: t.traceId, root: t.root, start: t.start, t0, t1, spans: 0,
        errors: 0, apps: new Set(), rootMs: -1 };
      if (t0 < known.t0 || (t0 === known.t0 && t.durationMs > known.rootMs)) {
        Object.assign(known, { root: t.root, start: t.start, t0, rootMs: t.durationMs });
      }
      known.t1 = Math.max(known.t1, t1);
      known.durationMs = known.t1 - known.t0;
      known.spans += t.spans;
      known.errors += t.errors;
      known.apps.add(i.application);
      traces.set(t.traceId, known);
    }
  }
  const list = [...traces.values()];
  const rows = ts => ts.map(t => el('tr', { class: 'clickable' + (state.trace === t.traceId ? ' selected' : ''),
    'data-trace': t.traceId, on: { click: () => showTrace(t.traceId) } },
    td(new Date(t.start).toLocaleTimeString()), td(t.root), td([...t.apps].sort().join(', ')), td(t.spans),
    td(t.errors, t.errors ? 'num bad' : 'num'), td(ms(t.durationMs), 'num')));
  const headers = ['start', 'root', 'services', '#spans', '#errors', '#duration'];
  const recent = list.sort((a, b) => b.t0 - a.t0).slice(0, 15);
  const slow = [...list].sort((a, b) => b.durationMs - a.durationMs).slice(0, 5);
  fill('traces', list.length ? el('div', {}, el('h3', {}, 'Recent'), table(headers, rows(recent)),
    el('h3', {}, 'Slowest'), el('div', { class: 'slow' }, table(headers, rows(slow))))
    : none('No trace kept yet (traces need kiln-runtime-telemetry).'));
}

async function showTrace(traceId) {
  state.trace = traceId;
  const parts = await Promise.all(state.instances.map(i => read(at(i, '/kiln/traces/' + traceId))));
  const spans = new Map();
  for (const part of parts) for (const s of (ok(part) && part.body.spans) || []) spans.set(s.spanId, s);
  renderWaterfall(traceId, [...spans.values()]);
  renderTraces(state.instances);
}

function renderWaterfall(traceId, spans) {
  const box = document.getElementById('waterfall');
  if (!spans.length) { box.replaceChildren(none('Trace ' + traceId + ' is no longer kept.')); return; }
  for (const s of spans) { s.t0 = Date.parse(s.start); s.t1 = s.t0 + s.durationMs; }
  const ids = new Set(spans.map(s => s.spanId));
  const children = new Map();
  for (const s of spans) {
    const parent = ids.has(s.parentSpanId) ? s.parentSpanId : null;
    children.set(parent, (children.get(parent) || []).concat(s));
  }
  const start = Math.min(...spans.map(s => s.t0)), end = Math.max(...spans.map(s => s.t1));
  const span = Math.max(end - start, 0.001);
  // The critical path: from each root, the child that ends last, down to a leaf.
  const critical = new Set();
  for (let s = (children.get(null) || []).reduce((a, b) => (b.t1 > a.t1 ? b : a)); s;) {
    critical.add(s.spanId);
    const kids = children.get(s.spanId) || [];
    s = kids.length ? kids.reduce((a, b) => (b.t1 > a.t1 ? b : a)) : null;
  }
  const ordered = [];
  const walk = (parent, depth) => {
    for (const s of (children.get(parent) || []).sort((a, b) => a.t0 - b.t0)) { ordered.push([s, depth]); walk(s.spanId, depth + 1); }
  };
  walk(null, 0);
  // Statements only: a transaction's INTERNAL span carries the database's name too.
  const db = spans.filter(s => s.kind === 'CLIENT' && s.attributes
    && (s.attributes['db.system.name'] || s.attributes['db.system']));
  const threshold = Number(document.getElementById('nplusone').value) || 10;
  const services = [...new Set(spans.map(s => s.service))].sort();
  box.replaceChildren(el('div', { class: 'waterfall', 'data-trace': traceId },
    el('h3', {}, 'Trace ' + traceId + ' — ' + spans.length + ' spans from ' + services.join(', ') + ', ' + ms(end - start)),
    db.length > threshold ? el('p', { class: 'notice n-plus-one' }, `N+1? ${db.length} database statements in one trace`
      + ` (threshold ${threshold}): ` + [...new Set(db.map(s => s.name))].slice(0, 3).join('; ')) : null,
    ordered.map(([s, depth]) => el('div', { class: 'row span' + (critical.has(s.spanId) ? ' critical' : '')
      + (s.error ? ' error' : ''), 'data-service': s.service, title: JSON.stringify(s.attributes || {}) },
      el('div', { class: 'label', style: { paddingLeft: depth + 'em' } }, s.service + ' · ' + s.name),
      el('div', { class: 'track' }, el('div', { class: 'bar', style: {
        left: ((s.t0 - start) / span * 100).toFixed(2) + '%', width: (s.durationMs / span * 100).toFixed(2) + '%' } })),
      el('div', { class: 'num' }, ms(s.durationMs))))));
}

function renderErrors(all) {
  const rows = [];
  for (const i of all) {
    for (const g of (i.errors && i.errors.groups) || []) {
      rows.push(el('tr', { 'data-type': g.type, 'data-app': i.application, class: g.traceId ? 'clickable' : null,
        on: g.traceId ? { click: () => showTrace(g.traceId) } : {} },
        td(i.application), td(g.type), td(g.message, 'wrap'), td(g.count), td((g.where || []).join(', ')),
        td(new Date(g.lastSeen).toLocaleTimeString())));
    }
  }
  fill('errors', rows.length ? table(['application', 'type', 'message', '#count', 'where', 'last seen'], rows)
    : none('No error recorded.'));
}

// The in-process transport keeps each instance's messages apart; a shared one (Redis) shows every instance the same.
const store = i => (i.messaging.transport === 'memory' ? i.id + ' ' : '');

// Dead letters of each destination, read once (every instance reading the stream sees the same dead letters).
async function loadDeadLetters(all) {
  const seen = new Set();
  for (const i of all) {
    for (const d of (i.messaging && i.messaging.destinations) || []) {
      const key = store(i) + d.stream;
      if (d.deadLetters > 0 && !seen.has(key)) {
        seen.add(key);
        d.letters = ok(await read(at(i, `/kiln/messaging/${d.kind}/${encodeURIComponent(d.name)}/dead-letters`)));
      }
    }
  }
}

async function act(instance, method, path, what) {
  const r = await read(at(instance, path), { method });
  document.getElementById('action').textContent = r.status === 200
    ? what + ': ' + JSON.stringify(r.body) : what + ' failed (' + r.status + '): ' + ((r.body && r.body.detail) || r.error || '');
  await cycle();
}

function renderMessaging(all) {
  // Every instance of a destination sees the same stream, its groups and its dead letters: each shown once.
  const rows = new Map(), letters = [], apps = new Set(all.map(i => i.application));
  for (const i of all) {
    for (const d of (i.messaging && i.messaging.destinations) || []) {
      const base = `/kiln/messaging/${d.kind}/${encodeURIComponent(d.name)}/dead-letters`;
      for (const g of d.groups.length ? d.groups : [{ group: '—' }]) {
        const app = apps.has(g.group) ? g.group : i.application;
        const key = store(i) + d.stream + ' ' + g.group;
        if (rows.has(key)) continue;
        rows.set(key, el('tr', { 'data-destination': d.kind + ':' + d.name, 'data-app': app },
          td(app), td(d.kind), td(d.name), td(g.group), td(g.pending ?? '—'), td(g.lag ?? '—'),
          td(g.oldestPendingMillis === undefined ? '—' : ms(g.oldestPendingMillis), 'num'),
          td(d.deadLetters, d.deadLetters ? 'num bad' : 'num')));
      }
      if (d.letters) {
        letters.push(el('h3', {}, `Dead letters of ${d.kind} ${d.name}`),
          el('p', {}, el('button', { class: 'replay-all', on: { click: () => act(i, 'POST', base + '/replay', 'Replay all') } }, 'Replay all'),
            ' ', el('button', { class: 'danger purge', on: { click: () => act(i, 'DELETE', base, 'Purge') } }, 'Purge')),
          table(['id', 'group', 'type', '#attempts', 'error', 'dead at', ''], d.letters.deadLetters.map(l =>
            el('tr', { class: 'dead-letter', 'data-id': l.id }, td(l.id), td(l.group), td((l.envelope || {}).type || '—'),
              td(l.attempts), td(l.error, 'wrap'), td(new Date(l.deadAt).toLocaleTimeString()),
              el('td', {}, el('button', { class: 'replay', on: { click: () => act(i, 'POST',
                base + '/' + encodeURIComponent(l.id) + '/replay', 'Replay ' + l.id) } }, 'Replay'))))));
      }
    }
  }
  fill('messaging', rows.size ? table(['application', 'kind', 'name', 'group', '#pending', '#lag',
    '#oldest pending', '#dead letters'], [...rows.values()]) : none('No application here publishes or consumes messages.'),
    ...letters);
}

function renderCaches(all) {
  const rows = [];
  for (const i of all) {
    for (const c of (i.caches && i.caches.caches) || []) {
      const reads = c.hits + c.misses;
      rows.push(el('tr', { 'data-cache': c.name, 'data-app': i.application }, td(i.application), td(c.name),
        td(c.store), td(c.size), td(c.hits), td(c.misses), td(reads ? (c.hits / reads * 100).toFixed(0) + '%' : '—', 'num'),
        td(c.evictions)));
    }
  }
  fill('caches', rows.length ? table(['application', 'cache', 'store', '#size', '#hits', '#misses', '#hit ratio',
    '#evictions'], rows) : none('No cache.'));
}

function renderPool(all) {
  const rows = all.filter(i => has(i.metrics, 'db_client_connection_max')).map(i => {
    const state = name => total(i.metrics, 'db_client_connection_count', l => l.db_client_connection_state === name);
    const wait = total(i.metrics, 'db_client_connection_wait_time_seconds_sum');
    const waits = total(i.metrics, 'db_client_connection_wait_time_seconds_count');
    return el('tr', { 'data-app': i.application }, td(i.application), td(state('used')), td(state('idle')),
      td(total(i.metrics, 'db_client_connection_max')), td(total(i.metrics, 'db_client_connection_pending_requests')),
      td(ms(waits ? wait / waits * 1000 : null), 'num'));
  });
  fill('pool', rows.length ? table(['application', '#used', '#idle', '#max', '#waiting', '#mean wait'], rows)
    : none('No application here has a database.'));
}

function renderResources(all) {
  const rows = all.filter(i => i.metrics.length).map(i => {
    const m = i.metrics;
    const heap = total(m, 'jvm_memory_used_bytes', l => l.jvm_memory_type === 'heap');
    const limit = total(m, 'jvm_memory_limit_bytes', l => l.jvm_memory_type === 'heap');
    const virtual = m.filter(s => /virtual/.test(s.name) && !/_bucket$/.test(s.name));
    return el('tr', { 'data-app': i.application, 'data-instance': i.id }, td(i.application), td(short(i.id), 'muted'),
      td(mb(heap), 'num'), td(limit ? mb(limit) : '—', 'num'), td(total(m, 'jvm_gc_duration_seconds_count')),
      td(ms(total(m, 'jvm_gc_duration_seconds_sum') * 1000), 'num'), td(total(m, 'jvm_thread_count')),
      td(virtual.length ? virtual.map(s => s.name.replace(/^jvm_thread_virtual_/, '') + ' ' + s.value).join(', ') : '—'),
      td((total(m, 'jvm_cpu_recent_utilization') * 100).toFixed(1) + '%', 'num'));
  });
  fill('resources', rows.length ? table(['application', 'instance', '#heap used', '#heap limit', '#GCs', '#GC time',
    '#platform threads', 'virtual threads', '#CPU'], rows) : none('No JVM metrics (no telemetry SDK).'));
}

// ---- the loop ----
let timer = null;
async function cycle() {
  clearTimeout(timer);
  const status = document.getElementById('status');
  try {
    await refresh();
    status.textContent = 'updated ' + new Date().toLocaleTimeString() + ' · ' + state.instances.length + ' instance(s)';
    status.className = 'muted';
  } catch (e) {
    status.textContent = 'update failed: ' + e.message;
    status.className = 'bad';
  }
  timer = setTimeout(cycle, POLL_MS);
}

(async () => {
  const self = await read('/kiln/dashboard/api/self');
  if (!ok(self)) { document.getElementById('status').textContent = 'cannot read /kiln/dashboard/api/self (' + self.status + ')'; return; }
  state.self = self.body;
  document.getElementById('self').textContent = '· ' + state.self.application;
  document.title = 'Kiln · ' + state.self.application;
  await cycle();
})();
