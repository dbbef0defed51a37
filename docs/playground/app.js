// The playground's page: input, options and drawing. All text processing happens in worker.js.
const $ = (id) => document.getElementById(id);
const RENDER_CHUNK = 800; // lines drawn per frame, so a 1 MB page never freezes the tab

const state = {
  source: null, // { kind: 'bytes', name, bytes: Uint8Array } | { kind: 'text', text }
  b: null, // the second version, same shape
  result: null, // the worker's last 'result' message
  runId: 0,
  busy: false,
};

// ---- worker -------------------------------------------------------------------------------
let worker;
let ready;

function startWorker() {
  worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  ready = new Promise((resolve, reject) => {
    worker.addEventListener('message', function first(e) {
      if (e.data.type === 'ready') {
        worker.removeEventListener('message', first);
        resolve();
      }
    });
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      reject(new Error('the library could not load (build it with `npx tsup`): ' + (e.message || 'worker error')));
    });
  });
  worker.addEventListener('message', onMessage);
}

function onMessage(e) {
  const m = e.data;
  if (m.id !== undefined && m.id !== state.runId) return; // an older run: ignore
  if (m.type === 'result' || m.type === 'aligned' || m.type === 'error') state.busy = false;
  if (m.type === 'progress') setStatus('running', `${m.stage}…`, m.done);
  else if (m.type === 'result') showResult(m);
  else if (m.type === 'aligned') showPairs(m);
  else if (m.type === 'error') showError(`${m.code}: ${m.message}`);
  else if (m.type === 'urls') cacheForOffline(m.urls);
}

function send(msg) {
  // A run still going on a big input is abandoned: restarting the worker is the only way to stop it.
  if (state.busy) {
    worker.terminate();
    startWorker();
  }
  state.busy = true;
  msg.id = ++state.runId;
  ready.then(() => worker.postMessage(msg), (err) => showError(err.message));
}

// ---- status -------------------------------------------------------------------------------
function setStatus(kind, text, done) {
  document.body.dataset.state = kind;
  $('status').textContent = text;
  if (done !== undefined) $('progress').value = done;
}

function showError(text) {
  state.busy = false;
  $('error').hidden = false;
  $('error').textContent = text;
  setStatus('error', 'Stopped: see the message below.', 0);
}

// ---- input --------------------------------------------------------------------------------
function options() {
  return {
    repair: $('opt-repair').checked,
    clean: $('opt-clean').checked,
    to: $('opt-to').value || undefined,
    from: $('opt-from').value || undefined,
    encoding: $('enc-override').value || undefined,
  };
}

function run() {
  if (!state.source) return;
  $('error').hidden = true;
  setStatus('running', 'starting…', 0);
  const msg = { type: 'run', ...options() };
  if (state.source.kind === 'bytes') msg.bytes = state.source.bytes.slice().buffer;
  else msg.text = state.source.text;
  send(msg);
}

async function readFile(file) {
  return { kind: 'bytes', name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

async function loadA(file) {
  state.source = await readFile(file);
  $('input').value = '';
  $('file-info').textContent = `${file.name} · ${state.source.bytes.length.toLocaleString()} bytes (typing above replaces it)`;
  $('enc-override').disabled = false;
  $('enc-override').value = '';
  run();
}

async function loadB(file) {
  state.b = await readFile(file);
  $('input-b').value = '';
  $('file-b-info').textContent = `${file.name} · ${state.b.bytes.length.toLocaleString()} bytes`;
  align();
}

// ---- drawing ------------------------------------------------------------------------------
const fmt = (o) => Object.entries(o).map(([k, n]) => `${k} ${n}`).join(', ');

function showResult(m) {
  performance.mark('zhnorm:result-received'); // marks let scripts/playground-measure.ts attribute long tasks
  m.fixes ??= m.report.fixes; // the worker sends them once when they are the report's
  state.result = m;
  const enc = m.encoding; // decode()'s view, with detect()'s candidates
  const r = m.report;
  $('enc-name').textContent = r.encoding ? r.encoding.name : 'text (not decoded)';
  $('enc-conf').textContent = r.encoding ? r.encoding.confidence.toFixed(2) : '—';
  $('enc-candidates').textContent = enc
    ? [enc.overridden ? 'chosen by you' : '', enc.bom ? 'byte-order mark' : '', r.encoding?.invalid ? `${r.encoding.invalid} invalid sequences (kept as U+FFFD)` : '',
       enc.candidates.length ? 'candidates: ' + enc.candidates.map((c) => `${c.encoding} ${c.confidence.toFixed(2)}`).join(', ') : '']
        .filter(Boolean).join(' · ')
    : '';
  $('fix-count').textContent = String(r.fixes.length + (r.fixesOmitted ?? 0));
  $('fix-kinds').textContent = r.fixes.length ? `(${fmt(r.fixesByKind)})` : '';
  $('drop-count').textContent = String(r.lines.dropped);
  $('line-count').textContent = String(r.lines.input || m.rows.length);
  $('drop-reasons').textContent = r.lines.dropped ? `(${fmt(r.droppedByReason)})` : '';
  const c = r.conversion;
  $('config').textContent = c ? (c.steps && c.steps.length > 1 ? c.steps.join(' → ') : c.config) : 'none';
  $('config-note').textContent = c?.sourceInferred && c.from ? `(source ${c.from}, inferred from the text)` : '';
  $('notes').textContent = (r.notes ?? []).join(' · ');
  showText($('result'), m.text);
  performance.mark('zhnorm:result-set');
  setStatus('running', 'drawing…', 0.9);
  const id = state.runId;
  drawLines(m, id).then(() => {
    if (id !== state.runId) return;
    const ms = Object.values(m.timings ?? {}).reduce((a, b) => a + b, 0);
    setStatus('done', `Done: ${r.fixes.length} fixes, ${r.lines.dropped} lines dropped${r.conversion ? `, converted with ${r.conversion.config}` : ''} (${(ms / 1000).toFixed(1)} s).`, 1);
    $('status').title = Object.entries(m.timings ?? {}).map(([k, v]) => `${k} ${v} ms`).join(', ');
    window.lastRepairedAgain = m.repairedAgain; // read by scripts/playground-measure.ts
    if (state.b) align();
  });
}

/** Puts a long text in blocks of lines (textContent stays the text), each laid out only when seen. */
function showText(el, text) {
  const blocks = [];
  for (let at = 0; at < text.length; ) {
    let end = at;
    for (let k = 0; k < RENDER_CHUNK && end < text.length; k++) {
      const nl = text.indexOf('\n', end);
      end = nl < 0 ? text.length : nl + 1;
    }
    const b = document.createElement('span');
    b.className = 'block';
    b.textContent = text.slice(at, end);
    blocks.push(b);
    at = end;
  }
  el.replaceChildren(...blocks);
}

/** Draws the repaired lines a chunk per frame. */
async function drawLines(m, id) {
  const box = $('repaired');
  box.replaceChildren();
  for (let start = 0; start < m.rows.length; start += RENDER_CHUNK) {
    if (id !== state.runId) return;
    // One block per chunk: the browser skips the layout of blocks that are off screen.
    const block = document.createElement('div');
    block.className = 'block';
    const rows = m.rows.slice(start, start + RENDER_CHUNK);
    block.style.containIntrinsicSize = `auto ${rows.length * 23}px`;
    rows.forEach((row, k) => block.append(lineEl(row, start + k, m.fixes)));
    box.append(block);
    performance.mark('zhnorm:drawn');
    await new Promise((r) => requestAnimationFrame(() => r()));
  }
}

function lineEl(row, i, fixes) {
  const div = document.createElement('div');
  div.className = 'line' + (row.dropped ? ' dropped' : '');
  const ln = document.createElement('span');
  ln.className = 'ln';
  ln.textContent = String(i + 1);
  const tx = document.createElement('span');
  tx.className = 'tx';
  if (row.segments) {
    for (const s of row.segments) tx.append(s.fix === undefined ? s.text : fixMark(s.text, s.fix, fixes[s.fix], ''));
    for (const f of row.unplaced) tx.append(fixMark('', f, fixes[f], 'unplaced'));
  } else tx.textContent = row.text;
  div.append(ln, tx);
  if (row.dropped || row.note) {
    const why = document.createElement('span');
    why.className = 'why' + (row.dropped ? '' : ' note');
    why.textContent = row.dropped ? row.reason : row.note;
    why.title = row.dropped ? 'why this line was dropped' : 'kept; a rule looked at it';
    div.append(why);
  }
  return div;
}

function fixMark(text, index, fix, extra) {
  const mark = document.createElement('mark');
  mark.className = ['fix', fix.kind === 'unrecoverable' ? 'unrecoverable' : '', text === '' ? 'deleted' : '', extra].filter(Boolean).join(' ');
  mark.dataset.fix = String(index);
  mark.tabIndex = 0;
  mark.textContent = text;
  return mark;
}

// One tooltip for every fix: kind, before, after, and the repair's reason when given.
function showTip(mark) {
  const fix = state.result?.fixes[Number(mark.dataset.fix)];
  if (!fix) return;
  const tip = $('tip');
  const dl = document.createElement('dl');
  const add = (k, v, code) => {
    const dt = document.createElement('dt');
    dt.textContent = k;
    const dd = document.createElement('dd');
    if (code) {
      const c = document.createElement('code');
      c.textContent = v === '' ? '(nothing)' : v;
      dd.append(c);
    } else dd.textContent = v;
    dl.append(dt, dd);
  };
  add('kind', fix.kind);
  add('before', fix.before, true);
  add('after', fix.after, true);
  add('where', `line ${fix.line + 1}${typeof fix.column === 'number' ? `, column ${fix.column + 1}` : ''}`);
  if (fix.reason) add('why', fix.reason);
  tip.replaceChildren(dl);
  tip.hidden = false;
  const r = mark.getBoundingClientRect();
  const w = tip.offsetWidth;
  tip.style.left = `${Math.max(4, Math.min(r.left, innerWidth - w - 4))}px`;
  tip.style.top = r.bottom + tip.offsetHeight + 8 < innerHeight ? `${r.bottom + 6}px` : `${r.top - tip.offsetHeight - 6}px`;
}

// ---- alignment ----------------------------------------------------------------------------
function align() {
  if (!state.result || !state.b) return;
  setStatus('running', 'aligning…', 0.5);
  const msg = { type: 'align', a: state.result.text };
  if (state.b.kind === 'bytes') msg.bBytes = state.b.bytes.slice().buffer;
  else msg.b = state.b.text;
  send(msg);
}

function showPairs(m) {
  state.pairs = m;
  drawPairs();
  setStatus('done', `Aligned: ${m.pairs.length} pairs.`, 1);
}

function drawPairs() {
  const m = state.pairs;
  if (!m) return;
  const threshold = Number($('threshold').value);
  const body = $('pairs').tBodies[0];
  body.replaceChildren();
  let low = 0;
  const cell = (cls, paras, idx) => {
    const td = document.createElement('td');
    td.className = cls;
    if (cls === 'num') td.textContent = idx.map((i) => paras[i].line + 1).join(', ');
    else if (idx.length === 0) {
      td.className = 'empty';
      td.textContent = '—';
    } else for (const i of idx) td.append(Object.assign(document.createElement('p'), { textContent: paras[i].text }));
    return td;
  };
  for (const p of m.pairs) {
    const tr = document.createElement('tr');
    tr.className = 'pair' + (p.score < threshold ? ' low' : '');
    if (p.score < threshold) low++;
    const score = document.createElement('td');
    score.className = 'score';
    score.textContent = p.score.toFixed(2);
    tr.append(cell('num', m.a, p.a), cell('text', m.a, p.a), score, cell('text', m.b, p.b), cell('num', m.b, p.b));
    body.append(tr);
  }
  $('align-summary').textContent = `${m.pairs.length} pairs, ${low} under ${threshold}`;
}

// ---- copy / download ----------------------------------------------------------------------
async function copy(text) {
  try {
    await navigator.clipboard.writeText(text);
    $('copied').textContent = 'Copied.';
  } catch {
    $('copied').textContent = 'The browser refused the clipboard: use Download.';
  }
}

function download(name, text, type) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

const baseName = () => (state.source?.kind === 'bytes' ? state.source.name.replace(/\.[^.]*$/, '') : 'pasted');
const reportJson = () => JSON.stringify(state.result.report, null, 2);

// ---- offline ------------------------------------------------------------------------------
// sw.js keeps a copy of every file this page and its worker loaded, so the page works offline
// after the first visit. The first visit is not yet controlled by it: hand it the list.
async function cacheForOffline(urls) {
  const reg = await navigator.serviceWorker?.ready;
  const own = performance.getEntriesByType('resource').map((r) => r.name);
  reg?.active?.postMessage({ type: 'cache', urls: [location.href, ...own, ...urls] });
}

// ---- wiring -------------------------------------------------------------------------------
function wire() {
  $('file').addEventListener('change', (e) => e.target.files[0] && loadA(e.target.files[0]));
  $('file-b').addEventListener('change', (e) => e.target.files[0] && loadB(e.target.files[0]));
  const drop = $('drop');
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    const f = e.dataTransfer?.files[0];
    if (f) loadA(f);
  });
  $('input').addEventListener('input', () => {
    state.source = { kind: 'text', text: $('input').value };
    $('file-info').textContent = '';
    $('enc-override').disabled = true;
  });
  $('input-b').addEventListener('input', () => {
    state.b = { kind: 'text', text: $('input-b').value };
    $('file-b-info').textContent = '';
  });
  $('run').addEventListener('click', run);
  $('align').addEventListener('click', align);
  for (const id of ['enc-override', 'opt-repair', 'opt-clean', 'opt-to', 'opt-from']) $(id).addEventListener('change', run);
  $('threshold').addEventListener('input', drawPairs);
  $('copy-text').addEventListener('click', () => state.result && copy(state.result.text));
  $('copy-report').addEventListener('click', () => state.result && copy(reportJson()));
  $('save-text').addEventListener('click', () => state.result && download(`${baseName()}.zhnorm.txt`, state.result.text, 'text/plain;charset=utf-8'));
  $('save-report').addEventListener('click', () => state.result && download(`${baseName()}.report.json`, reportJson(), 'application/json'));
  const box = $('repaired');
  const hover = (e) => {
    const mark = e.target.closest?.('mark.fix');
    if (mark) showTip(mark);
    else $('tip').hidden = true;
  };
  box.addEventListener('mouseover', hover);
  box.addEventListener('focusin', hover);
  box.addEventListener('mouseleave', () => ($('tip').hidden = true));
  box.addEventListener('focusout', () => ($('tip').hidden = true));
}

wire();
startWorker();
ready.then(
  () => {
    setStatus('idle', 'Ready: paste text or drop a file.', 0);
    if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
      navigator.serviceWorker.register('./sw.js').then(() => worker.postMessage({ type: 'urls' }), () => {});
    }
  },
  (err) => showError(err.message),
);
