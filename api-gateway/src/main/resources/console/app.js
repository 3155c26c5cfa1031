// The operator console: one ES module, no build step. Every request goes to this gateway's own API with the key the
// operator typed (sessionStorage: gone when the tab closes, never in a URL), so the API's scopes decide what works.
import { Validator } from './vendor/json-schema/index.js';
import { lineOf, pathSegments } from './json-lines.js';

const KEY = 'avatarforge.console.key';
const API = '/api/v1';
const main = document.getElementById('main');
let admin = false;

/** Builds an element: h('a', {href: '#'}, 'text', child...). Text is always text, never parsed as HTML. */
function h(tag, attrs = {}, ...children) {
  const svg = ['svg', 'rect', 'circle', 'path', 'text', 'g', 'line'].includes(tag);
  const el = svg ? document.createElementNS('http://www.w3.org/2000/svg', tag) : document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) el.addEventListener(name.slice(2), value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child !== undefined && child !== null && child !== false) el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

/** Calls the API; resolves to {status, body}; a problem's body is kept so pages can show its code and detail. */
async function api(path, { method = 'GET', body } = {}) {
  const headers = { Accept: 'application/json, application/problem+json, application/schema+json' };
  const key = sessionStorage.getItem(KEY);
  if (key) headers.Authorization = `Bearer ${key}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { json = { detail: text }; }
  if (response.status === 401 && !path.endsWith('/api-keys?probe')) signOut('Your key was refused; sign in again.');
  return { status: response.status, ok: response.ok, body: json };
}

function problem(answer) {
  const b = answer.body || {};
  return h('p', { class: 'error', role: 'alert' }, `${answer.status} ${b.code || ''}: ${b.detail || b.title || 'failed'}`);
}

function money(value) { return value === null || value === undefined ? '–' : `$${Number(value).toFixed(4)}`; }
function when(value) { return value ? new Date(value).toLocaleString() : '–'; }

function copyButton(text, label) {
  return h('button', { type: 'button', class: 'secondary', onclick: async (e) => {
    await navigator.clipboard.writeText(text).catch(() => {});
    e.target.textContent = 'Copied';
  } }, label);
}

function page(title, ...content) {
  main.replaceChildren(h('h1', {}, title), ...content);
  document.title = `${title} · Avatar Forge console`;
  main.focus();
}

// ---- sign-in ------------------------------------------------------------------------------------------------------

function signOut(message) {
  sessionStorage.removeItem(KEY);
  document.getElementById('nav').hidden = true;
  location.hash = '#/signin';
  renderSignIn(message);
}

function renderSignIn(message) {
  const input = h('input', { id: 'api-key', type: 'password', autocomplete: 'off', required: true, size: 48 });
  const status = h('p', { role: 'status' }, message || '');
  page('Sign in', h('form', { class: 'inline', onsubmit: async (e) => {
    e.preventDefault();
    sessionStorage.setItem(KEY, input.value.trim());
    const probe = await api(`${API}/avatar/jobs?limit=1`);
    if (!probe.ok) { sessionStorage.removeItem(KEY); status.replaceChildren(problem(probe)); return; }
    location.hash = '#/playground';
    route();
  } }, h('label', { for: 'api-key' }, 'API key', input), h('button', { type: 'submit' }, 'Sign in')), status,
  h('p', { class: 'muted' }, 'The key stays in this tab (sessionStorage) and is sent only to this gateway. '
    + 'The standalone app wrote its admin key to data/dev-admin-api.key.'));
}

// ---- playground ---------------------------------------------------------------------------------------------------

async function renderPlayground() {
  const styles = await api(`${API}/avatar/styles`);
  const file = h('input', { id: 'photo', type: 'file', accept: 'image/png,image/jpeg,image/webp' });
  const style = h('select', { id: 'style' }, (styles.body?.styles || []).map((s) =>
    h('option', { value: s.key, selected: s.key === styles.body.default_style }, `${s.key} — ${s.description}`)));
  const quality = h('select', { id: 'quality' }, ['low', 'medium', 'high'].map((q) =>
    h('option', { value: q, selected: q === 'medium' }, q)));
  const prompt = h('textarea', { id: 'prompt', rows: 2 }, 'Friendly, confident, studio light');
  const input = h('img', { alt: 'Input photo', id: 'input-preview' });
  const output = h('div', { id: 'result' }, h('p', { class: 'muted' }, 'The avatar appears here.'));
  const curl = h('div');
  let photo = null;
  const show = (blob) => { photo = blob; input.src = URL.createObjectURL(blob); };
  file.addEventListener('change', () => file.files[0] && show(file.files[0]));
  const sample = async () => show(await (await fetch('samples/portrait.jpg')).blob());
  const run = async (e) => {
    e.preventDefault();
    if (!photo) await sample();
    const dataUri = await new Promise((resolve) => { const r = new FileReader(); r.onload = () => resolve(r.result); r.readAsDataURL(photo); });
    const body = { prompt: prompt.value, style_config: style.value, quality: quality.value, image: dataUri };
    curl.replaceChildren(h('h2', {}, 'The same request with curl'), curlOf(body));
    output.replaceChildren(h('p', { role: 'status' }, 'Generating…'));
    const started = performance.now();
    const answer = await api(`${API}/avatar/generate`, { method: 'POST', body });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (answer.status === 202) {
      output.replaceChildren(h('p', {}, 'Still running: ', h('a', { href: `#/jobs/${answer.body.job_id}` }, 'follow the job')));
    } else if (!answer.ok) {
      output.replaceChildren(problem(answer));
    } else {
      const b = answer.body;
      output.replaceChildren(h('img', { src: b.image_url, alt: `Generated ${b.metadata.style_config} avatar`, id: 'avatar' }),
        h('dl', { class: 'facts' },
          h('dt', {}, 'Time'), h('dd', {}, `${b.generation_time_ms} ms (round trip ${seconds} s)`),
          h('dt', {}, 'Cost'), h('dd', {}, money(b.cost_estimate)),
          h('dt', {}, 'Provider'), h('dd', {}, b.metadata.provider),
          h('dt', {}, 'Model'), h('dd', {}, b.metadata.model_version || '–'),
          h('dt', {}, 'Cached'), h('dd', {}, String(b.metadata.cached)),
          h('dt', {}, 'Job'), h('dd', {}, h('a', { href: `#/jobs/${b.avatar_id}` }, b.avatar_id))));
    }
  };
  page('Playground',
    h('form', { class: 'inline', onsubmit: run },
      h('label', { for: 'photo' }, 'Photo', file),
      h('button', { type: 'button', class: 'secondary', onclick: sample }, 'Use the sample portrait'),
      h('label', { for: 'style' }, 'Style', style),
      h('label', { for: 'quality' }, 'Quality', quality),
      h('label', { for: 'prompt' }, 'Prompt', prompt),
      h('button', { type: 'submit', id: 'generate' }, 'Generate')),
    h('div', { class: 'side-by-side' }, h('section', { 'aria-label': 'Input' }, h('h2', {}, 'Input'), input),
      h('section', { 'aria-label': 'Result' }, h('h2', {}, 'Avatar'), output)),
    curl);
}

function curlOf(body) {
  const shown = { ...body, image: 'data:image/jpeg;base64,'.concat('$(base64 -w0 photo.jpg)') };
  const json = JSON.stringify(shown).replace('"data:image/jpeg;base64,$(base64 -w0 photo.jpg)"', '"data:image/jpeg;base64,\'"$(base64 -w0 photo.jpg)"\'"');
  const command = `curl -s ${location.origin}${API}/avatar/generate -H "Authorization: Bearer $AVATAR_API_KEY" `
    + `-H 'Content-Type: application/json' -d '${json}'`;
  return h('div', {}, h('pre', { id: 'curl' }, command), copyButton(command, 'Copy curl'));
}

// ---- jobs ---------------------------------------------------------------------------------------------------------

async function renderJobs() {
  const fields = {
    state: h('select', { id: 'f-state' }, ['', 'queued', 'processing', 'completed', 'failed', 'canceled'].map((s) => h('option', { value: s }, s || 'any'))),
    user_id: h('input', { id: 'f-user', size: 12 }),
    style: h('input', { id: 'f-style', size: 12 }),
    provider: h('input', { id: 'f-provider', size: 10 }),
    from: h('input', { id: 'f-from', type: 'datetime-local' }),
    to: h('input', { id: 'f-to', type: 'datetime-local' }),
  };
  const table = h('div');
  const more = h('button', { type: 'button', class: 'secondary', hidden: true }, 'Next page');
  let cursor = null;
  const load = async (append) => {
    const query = new URLSearchParams({ limit: '25' });
    for (const [name, el] of Object.entries(fields)) {
      if (!el.value) continue;
      query.set(name, el.type === 'datetime-local' ? new Date(el.value).toISOString() : el.value.trim());
    }
    if (append && cursor) query.set('cursor', cursor);
    const answer = await api(`${API}/avatar/jobs?${query}`);
    if (!answer.ok) { table.replaceChildren(problem(answer)); return; }
    cursor = answer.body.next_cursor;
    more.hidden = !cursor;
    const rows = answer.body.jobs.map((j) => h('tr', {},
      h('td', {}, h('a', { href: `#/jobs/${j.job_id}` }, j.job_id.slice(0, 8))), h('td', {}, j.status),
      h('td', {}, j.user_id || '–'), h('td', {}, j.style), h('td', {}, j.quality), h('td', {}, j.provider),
      h('td', {}, money(j.cost)), h('td', {}, j.error_code || ''), h('td', {}, when(j.created_at))));
    if (append) table.querySelector('tbody').append(...rows);
    else table.replaceChildren(h('table', { id: 'jobs' }, h('caption', { class: 'muted' }, 'Newest first'),
      h('thead', {}, h('tr', {}, ['Job', 'Status', 'User', 'Style', 'Quality', 'Provider', 'Cost', 'Error', 'Created'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, rows)));
  };
  more.addEventListener('click', () => load(true));
  page('Jobs', h('form', { class: 'inline', onsubmit: (e) => { e.preventDefault(); load(false); } },
    h('label', { for: 'f-state' }, 'State', fields.state), h('label', { for: 'f-user' }, 'User', fields.user_id),
    h('label', { for: 'f-style' }, 'Style', fields.style), h('label', { for: 'f-provider' }, 'Provider', fields.provider),
    h('label', { for: 'f-from' }, 'Created from', fields.from), h('label', { for: 'f-to' }, 'Created before', fields.to),
    h('button', { type: 'submit' }, 'Filter')), table, more);
  await load(false);
}

async function renderJob(id) {
  const answer = await api(`${API}/avatar/jobs/${encodeURIComponent(id)}`);
  if (!answer.ok) { page('Job', problem(answer)); return; }
  const { job, status, timeline } = answer.body;
  const note = h('div', { role: 'status' });
  const act = async (path) => {
    const result = await api(`${API}/avatar/jobs/${job.job_id}/${path}`, { method: 'POST' });
    if (!result.ok) { note.replaceChildren(problem(result)); return; }
    if (path === 'retry') { location.hash = `#/jobs/${result.body.job_id}`; return; }
    await renderJob(id);
  };
  page(`Job ${job.job_id}`,
    h('div', { class: 'row' },
      job.status === 'queued' && h('button', { type: 'button', class: 'danger', onclick: () => act('cancel') }, 'Cancel job'),
      ['failed', 'canceled'].includes(job.status) && h('button', { type: 'button', onclick: () => act('retry') }, 'Retry job')),
    note,
    h('dl', { class: 'facts', id: 'job-facts' },
      h('dt', {}, 'Status'), h('dd', { id: 'job-status' }, job.status),
      h('dt', {}, 'User'), h('dd', {}, job.user_id || '–'),
      h('dt', {}, 'Style / quality'), h('dd', {}, `${job.style} / ${job.quality}`),
      h('dt', {}, 'Provider / model'), h('dd', {}, `${job.provider} / ${job.model || '–'}`),
      h('dt', {}, 'Cost'), h('dd', {}, money(job.cost)),
      h('dt', {}, 'Prompt'), h('dd', {}, answer.body.prompt),
      h('dt', {}, 'Error'), h('dd', {}, status.error_code ? `${status.error_code}: ${status.error_message}` : '–'),
      job.retry_of && [h('dt', {}, 'Retry of'), h('dd', {}, h('a', { href: `#/jobs/${job.retry_of}` }, job.retry_of))],
      answer.body.retried_by.length > 0 && [h('dt', {}, 'Retried by'), h('dd', {}, answer.body.retried_by.map((r) => h('a', { href: `#/jobs/${r}` }, `${r} `)))]),
    h('h2', {}, 'Timeline'),
    h('ol', { id: 'timeline' }, timeline.map((t) => h('li', {}, h('strong', {}, t.event), ' ', t.at ? when(t.at) : '',
      t.provider ? ` · ${t.provider}${t.model ? `/${t.model}` : ''}` : '', t.attempts ? ` · attempt(s) ${t.attempts}` : '',
      t.outcome ? ` · ${t.outcome}` : '', t.detail ? ` · ${t.detail}` : '',
      t.finished_at ? ` · answered ${when(t.finished_at)}` : '', t.cost != null ? ` · ${money(t.cost)}` : ''))),
    status.image_url && [h('h2', {}, 'Avatar'), h('img', { src: status.image_url, alt: 'Generated avatar', class: 'result' })],
    status.image_expired && h('p', { class: 'muted' }, 'The image was deleted (retention or erasure).'));
}

// ---- spend --------------------------------------------------------------------------------------------------------

async function renderSpend() {
  const today = new Date();
  const from = new Date(today.getTime() - 13 * 86400000).toISOString().slice(0, 10);
  const [usage, todays, failed] = await Promise.all([api(`${API}/avatar/usage?from=${from}`),
    api(`${API}/avatar/usage`), api(`${API}/avatar/jobs?state=failed&limit=200`)]);
  if (!usage.ok) { page('Spend and usage', problem(usage)); return; }
  const u = usage.body;
  const spent = Number(todays.body?.total_cost || 0);
  const budget = todays.body?.budget === null || todays.body?.budget === undefined ? null : Number(todays.body.budget);
  const byCode = {};
  for (const j of failed.body?.jobs || []) byCode[j.error_code || 'none'] = (byCode[j.error_code || 'none'] || 0) + 1;
  page('Spend and usage',
    h('div', { class: 'row' }, gauge(spent, budget),
      h('dl', { class: 'facts' }, h('dt', {}, 'Spent today'), h('dd', { id: 'spent-today' }, money(spent)),
        h('dt', {}, 'Daily budget'), h('dd', {}, budget === null ? 'none' : money(budget)),
        h('dt', {}, 'Generations (14 days)'), h('dd', {}, `${u.generations} (${u.succeeded} ok, ${u.failed} failed, ${u.cached} cached)`),
        h('dt', {}, 'Spend (14 days)'), h('dd', {}, money(u.total_cost)))),
    h('h2', {}, 'Spend per day'), bars(u.by_day, (r) => Number(r.cost), money),
    h('h2', {}, 'Generations per day'), bars(u.by_day, (r) => r.generations, String),
    h('div', { class: 'side-by-side' },
      h('section', {}, h('h2', {}, 'Top users'), rowsTable(u.by_user, 'User')),
      h('section', {}, h('h2', {}, 'Top styles'), rowsTable(u.by_style, 'Style'))),
    h('h2', {}, 'Failures by error code'),
    h('table', {}, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Code'), h('th', { scope: 'col' }, 'Jobs'))),
      h('tbody', {}, Object.entries(byCode).sort((a, b) => b[1] - a[1]).map(([c, n]) => h('tr', {}, h('td', {}, c), h('td', {}, n))))));
}

function gauge(spent, budget) {
  const share = budget ? Math.min(1, spent / budget) : 0;
  const r = 50, length = Math.PI * r;
  const arc = 'M 10 60 A 50 50 0 0 1 110 60';
  const fill = h('path', { d: arc, class: 'gauge-fill', fill: 'none', 'stroke-width': 14 });
  fill.style.strokeDasharray = `${length * share} ${length}`;
  return h('svg', { viewBox: '0 0 120 75', width: 220, role: 'img', 'aria-label': `Spent ${(share * 100).toFixed(0)}% of today's budget` },
    h('path', { d: arc, class: 'gauge-track', fill: 'none', 'stroke-width': 14 }), fill,
    h('text', { x: 60, y: 58, 'text-anchor': 'middle' }, budget ? `${(share * 100).toFixed(0)}%` : 'no budget'));
}

function bars(rows, value, label) {
  const max = Math.max(1e-9, ...rows.map(value));
  const width = Math.max(300, rows.length * 60);
  return h('svg', { viewBox: `0 0 ${width} 140`, width, height: 140, preserveAspectRatio: 'xMinYMid meet', role: 'img', 'aria-label': rows.map((r) => `${r.key}: ${label(value(r))}`).join(', ') || 'No data' },
    rows.map((r, i) => {
      const height = (value(r) / max) * 85; // room above the tallest bar for its label
      return h('g', {}, h('rect', { class: 'bar', x: i * 60 + 10, y: 110 - height, width: 40, height }),
        h('text', { x: i * 60 + 30, y: 125, 'text-anchor': 'middle' }, r.key.slice(5)),
        h('text', { x: i * 60 + 30, y: 105 - height, 'text-anchor': 'middle' }, label(value(r))));
    }));
}

function rowsTable(rows, name) {
  return h('table', {}, h('thead', {}, h('tr', {}, [name, 'Generations', 'Failed', 'Cost'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, [...rows].sort((a, b) => b.cost - a.cost).slice(0, 10).map((r) =>
      h('tr', {}, h('td', {}, r.key), h('td', {}, r.generations), h('td', {}, r.failed), h('td', {}, money(r.cost))))));
}

// ---- styles and configuration -------------------------------------------------------------------------------------

async function renderStyles() {
  const [config, schema, history] = await Promise.all([api(`${API}/avatar/config`),
    api(`${API}/avatar/config/schema`), api(`${API}/avatar/config/versions`)]);
  if (!config.ok) { page('Styles and configuration', problem(config)); return; }
  const documentNow = config.body.config;
  const validator = new Validator(schema.body, '2020-12', false);
  const styles = Object.keys(documentNow.style_templates || {});
  const picker = h('select', { id: 'style-key' }, styles.map((s) => h('option', { value: s }, s)));
  const editor = h('textarea', { id: 'style-editor', rows: 14, spellcheck: 'false', 'aria-describedby': 'style-errors' });
  // Line numbers beside the editor, the lines an error names marked (its message on hover); decoration only, the
  // same messages with their line numbers are in the error lists, which screen readers get.
  const gutter = h('div', { class: 'gutter', id: 'style-gutter', 'aria-hidden': 'true' });
  let marks = { client: [], server: [] };
  const drawGutter = () => {
    const all = [...marks.client, ...marks.server];
    const count = editor.value.split('\n').length;
    gutter.replaceChildren(...Array.from({ length: count }, (_, n) => {
      const here = all.filter((m) => m.line === n + 1).map((m) => m.message);
      return h('div', { 'data-line': n + 1, class: here.length ? 'marked' : null, title: here.join('\n') || null }, n + 1);
    }));
    gutter.scrollTop = editor.scrollTop;
  };
  const templatePath = () => ['style_templates', picker.value];
  // An error's line in the edited template, or null when its path is outside this template.
  const lineFor = (path) => {
    const segments = pathSegments(path);
    if (!templatePath().every((s, n) => segments[n] === s)) return null;
    return lineOf(editor.value, segments.slice(2));
  };
  const errors = h('ul', { class: 'errors', id: 'style-errors', 'aria-live': 'polite' });
  const outcome = h('div', { role: 'status', id: 'style-outcome' });
  const save = h('button', { type: 'submit', id: 'save-style' }, 'Save style');
  const pick = () => { editor.value = JSON.stringify(documentNow.style_templates[picker.value], null, 2); check(); };
  const check = () => {
    let template;
    marks = { client: [], server: [] };
    try { template = JSON.parse(editor.value); } catch (e) {
      errors.replaceChildren(h('li', {}, `Not JSON: ${e.message}`)); save.disabled = true; drawGutter(); return null;
    }
    const candidate = structuredClone(documentNow);
    candidate.style_templates[picker.value] = template;
    const result = validator.validate(candidate);
    const prefix = `#/style_templates/${picker.value}`;
    const found = result.errors.filter((e) => e.instanceLocation.startsWith(prefix) && !result.errors.some((o) => o !== e && o.instanceLocation.startsWith(e.instanceLocation) && o.instanceLocation.length > e.instanceLocation.length));
    marks.client = found.map((e) => ({ line: lineFor(e.instanceLocation), message: e.error }));
    errors.replaceChildren(...found.map((e, n) => h('li', { 'data-line': marks.client[n].line },
      `line ${marks.client[n].line}: ${e.instanceLocation.slice(prefix.length) || '/'}: ${e.error}`)));
    save.disabled = false;
    drawGutter();
    return template;
  };
  picker.addEventListener('change', pick);
  editor.addEventListener('input', check);
  editor.addEventListener('scroll', () => { gutter.scrollTop = editor.scrollTop; });
  const submit = async (e) => {
    e.preventDefault();
    const template = check();
    if (!template) return;
    const answer = await api(`${API}/avatar/config`, { method: 'POST', body: { style_templates: { [picker.value]: template } } });
    if (answer.status === 422) {
      outcome.replaceChildren(h('p', { class: 'error' }, 'The server refused the change:'),
        h('ul', { class: 'errors', id: 'server-errors' }, answer.body.validation_errors.map((v) => {
          const line = lineFor(v.path);
          return h('li', { 'data-line': line }, `${line ? `line ${line}: ` : ''}${v.path}: ${v.message}`);
        })));
      marks.server = answer.body.validation_errors.map((v) => ({ line: lineFor(v.path), message: v.message }))
        .filter((m) => m.line !== null);
      drawGutter();
    } else if (!answer.ok) {
      outcome.replaceChildren(problem(answer));
    } else {
      await renderStyles();
      document.getElementById('style-outcome').replaceChildren(h('p', { class: 'ok' }, `Saved: version ${answer.body.version} (${answer.body.status})`));
    }
  };
  const versions = history.body?.versions || [];
  const a = h('select', { id: 'diff-a' }, versions.map((v) => h('option', { value: v.version }, v.version)));
  const b = h('select', { id: 'diff-b' }, versions.map((v, i) => h('option', { value: v.version, selected: i === 0 }, v.version)));
  if (versions.length > 1) a.value = versions[1].version;
  const diff = h('div', { id: 'diff' });
  const showDiff = () => {
    const [low, high] = [Number(a.value), Number(b.value)].sort((x, y) => x - y);
    const between = versions.filter((v) => v.version > low && v.version <= high).sort((x, y) => x.version - y.version);
    const paths = [...new Set(between.flatMap((v) => v.changed_paths || []))];
    diff.replaceChildren(h('p', {}, `From version ${low} to ${high}, ${paths.length} path(s) changed:`),
      h('ul', {}, paths.map((p) => h('li', {}, h('code', {}, p)))),
      between.map((v) => h('details', {}, h('summary', {}, `Version ${v.version} (${v.action})`), h('pre', {}, JSON.stringify(v.patch, null, 2)))));
  };
  page('Styles and configuration',
    h('table', {}, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Style'), h('th', { scope: 'col' }, 'Base prompt'))),
      h('tbody', {}, styles.map((s) => h('tr', {}, h('td', {}, s), h('td', {}, documentNow.style_templates[s].base_prompt || ''))))),
    h('h2', {}, 'Edit a style template'),
    h('form', { onsubmit: submit }, h('label', { for: 'style-key' }, 'Style', picker),
      h('label', { for: 'style-editor' }, 'Template (JSON, checked against the published schema as you type)'),
      h('div', { class: 'editor' }, gutter, editor),
      errors, save), outcome,
    h('h2', {}, `Version history (current: ${history.body?.current_version})`),
    h('table', { id: 'versions' }, h('thead', {}, h('tr', {}, ['Version', 'Action', 'By', 'When', 'Changed paths', ''].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, versions.map((v) => h('tr', {}, h('td', {}, v.version), h('td', {}, v.action), h('td', {}, v.created_by || ''),
        h('td', {}, when(v.created_at)), h('td', {}, (v.changed_paths || []).join(', ')),
        h('td', {}, v.version !== history.body.current_version && h('button', { type: 'button', class: 'secondary', 'aria-label': `Roll back to version ${v.version}`,
          onclick: async () => {
            const answer = await api(`${API}/avatar/config/rollback/${v.version}`, { method: 'POST' });
            if (!answer.ok) { outcome.replaceChildren(problem(answer)); return; }
            await renderStyles();
            document.getElementById('style-outcome').replaceChildren(h('p', { class: 'ok' }, `Rolled back to version ${v.version}: now version ${answer.body.version}`));
          } }, 'Roll back')))))),
    h('h2', {}, 'Diff between two versions'),
    h('div', { class: 'row' }, h('label', { for: 'diff-a' }, 'From', a), h('label', { for: 'diff-b' }, 'To', b),
      h('button', { type: 'button', class: 'secondary', onclick: showDiff }, 'Show diff')), diff);
  pick();
}

// ---- API keys -----------------------------------------------------------------------------------------------------

async function renderKeys() {
  const list = await api(`${API}/admin/api-keys`);
  if (!list.ok) { page('API keys', problem(list)); return; }
  const name = h('input', { id: 'key-name', required: true });
  const user = h('input', { id: 'key-user' });
  const scopes = ['generate', 'admin', 'trusted_server'].map((s) => h('input', { type: 'checkbox', id: `scope-${s}`, value: s, checked: s === 'generate' }));
  const created = h('div', { role: 'status', id: 'created-key' });
  const create = async (e) => {
    e.preventDefault();
    const answer = await api(`${API}/admin/api-keys`, { method: 'POST', body: { name: name.value, user_id: user.value || null,
      scopes: scopes.filter((s) => s.checked).map((s) => s.value) } });
    if (!answer.ok) { created.replaceChildren(problem(answer)); return; }
    await renderKeys();
    document.getElementById('created-key').replaceChildren(h('div', { class: 'panel' },
      h('p', {}, h('strong', {}, 'Shown once: '), 'copy the key and its webhook secret now.'),
      h('p', {}, 'Key: ', h('span', { class: 'secret', id: 'new-key' }, answer.body.key), ' ', copyButton(answer.body.key, 'Copy key')),
      h('p', {}, 'Webhook secret: ', h('span', { class: 'secret' }, answer.body.webhook_secret), ' ', copyButton(answer.body.webhook_secret, 'Copy webhook secret'))));
  };
  page('API keys',
    h('form', { class: 'inline', onsubmit: create }, h('label', { for: 'key-name' }, 'Name', name),
      h('label', { for: 'key-user' }, 'Bound user (optional)', user),
      h('fieldset', {}, h('legend', {}, 'Scopes'), scopes.map((s) => h('label', { class: 'check', for: s.id }, s, s.value))),
      h('button', { type: 'submit' }, 'Create key')), created,
    h('table', { id: 'keys' }, h('thead', {}, h('tr', {}, ['Name', 'Prefix', 'Scopes', 'User', 'Created', 'Revoked', ''].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, list.body.api_keys.map((k) => h('tr', {}, h('td', {}, k.name), h('td', {}, h('code', {}, k.key_prefix)),
        h('td', {}, k.scopes.join(', ')), h('td', {}, k.user_id || ''), h('td', {}, when(k.created_at)), h('td', {}, k.revoked_at ? when(k.revoked_at) : ''),
        h('td', {}, !k.revoked_at && h('button', { type: 'button', class: 'danger', 'aria-label': `Revoke ${k.name}`, onclick: async () => {
          const answer = await api(`${API}/admin/api-keys/${k.id}`, { method: 'DELETE' });
          if (answer.ok || answer.status === 204) await renderKeys(); else created.replaceChildren(problem(answer));
        } }, 'Revoke')))))));
}

// ---- routing ------------------------------------------------------------------------------------------------------

async function route() {
  if (!sessionStorage.getItem(KEY)) { renderSignIn(); return; }
  const nav = document.getElementById('nav');
  nav.hidden = false;
  admin = (await api(`${API}/admin/api-keys?probe`)).ok;
  for (const link of nav.querySelectorAll('[data-admin]')) link.hidden = !admin;
  const [, name, id] = (location.hash || '#/playground').split('/');
  for (const link of nav.querySelectorAll('a')) {
    if (link.getAttribute('href') === `#/${name}`) link.setAttribute('aria-current', 'page'); else link.removeAttribute('aria-current');
  }
  const pages = { playground: renderPlayground, jobs: id ? () => renderJob(id) : renderJobs, spend: renderSpend, styles: renderStyles, keys: renderKeys };
  await (pages[name] || renderPlayground)();
  main.dataset.ready = `${name}:${Date.now()}`;
}

document.getElementById('sign-out').addEventListener('click', () => signOut('Signed out.'));
window.addEventListener('hashchange', route);
route();
