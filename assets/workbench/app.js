// amend 修改工作台: the page's behaviour. Every computation is a request to the server (the library);
// the page keeps the texts, asks again as the drafter types (debounced, the request in flight
// cancelled by the next), and shows the answer. Document text reaches the page's DOM only as
// textContent, or as HTML the server escaped (the consolidated view, the 对照表 in a sandboxed frame).
'use strict';

const $ = (id) => document.getElementById(id);
const DEBOUNCE_MS = 250;
const STORE = 'amend-workbench-v1';

const KIND = {
  text_not_found: '引文未找到',
  text_ambiguous: '引文多处出现',
  no_such_node: '定位不到',
  ambiguous_locator: '定位不唯一',
  heading_mismatch: '标题不符',
  no_effect: '没有改动',
  number_mismatch: '序号不符',
  unit_not_found: '单位未找到',
  zero_occurrences: '全文无此词',
  node_gone: '已被删除',
  unsupported: '暂不支持',
  no_section: '没有对应部分',
  not_run: '未执行',
  unreadable: '读不懂的句子',
  notice_warning: '提醒',
  warning: '提醒',
};
// what each kind of problem means, said to a drafter (the engine's own sentence follows, in English)
const EXPLAIN = {
  text_not_found: '引号中的文字在文件的该处找不到。',
  text_ambiguous: '引号中的文字在该处出现不止一次，无法确定指哪一处。',
  no_such_node: '文件中没有指令所写的这一处。',
  ambiguous_locator: '指令所写的位置在文件中不止一处，请写明所在的点、章或条。',
  heading_mismatch: '指令写明的标题与文件中该处的标题不符。',
  no_effect: '这条指令执行后文字没有变化。',
  number_mismatch: '执行后的序号与指令写明的序号不符。',
  unit_not_found: '要删除的单位不在该处的单位名单中。',
  zero_occurrences: '全文中找不到要修改的词。',
  node_gone: '该处已被前面的指令删除。',
  unsupported: '这种写法暂不能执行。',
  no_section: '通知中没有对应这份文件的部分。',
  unreadable: '这句话不符合任何修改指令的写法。',
};
const STATUS = { applied: '已执行', skipped: '已跳过', failed: '未执行' };

// ---- requests ---------------------------------------------------------------------------------

/** POST JSON (or bytes) and read the JSON answer; a refusal becomes an Error with the server's sentence. */
async function post(url, body, signal) {
  const bytes = body instanceof ArrayBuffer;
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': bytes ? 'application/octet-stream' : 'application/json' },
    body: bytes ? body : JSON.stringify(body),
    signal,
  });
  const type = response.headers.get('Content-Type') || '';
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`;
    if (type.includes('json')) message = (await response.json()).error || message;
    throw new Error(message);
  }
  return type.includes('json') ? response.json() : response.blob();
}

/** Runs `work` DEBOUNCE_MS after the last call; a newer call aborts the one in flight. */
function debounced(work) {
  let timer = 0;
  let controller = null;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (controller) controller.abort();
      controller = new AbortController();
      work(controller.signal).catch((e) => {
        if (e.name !== 'AbortError') status(e.message, 'error');
      });
    }, DEBOUNCE_MS);
  };
}

function status(text, kind) {
  const s = $('status');
  s.textContent = text;
  s.className = kind || '';
}

function download(name, blob) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10000);
}

const textBlob = (text) => new Blob([text], { type: 'text/plain;charset=utf-8' });
const htmlBlob = (html) => new Blob([html], { type: 'text/html;charset=utf-8' });

/** A file's name from a document's first line (its title), for downloads. */
function baseName(text, fallback) {
  const first = (text.split('\n').find((l) => l.trim()) || '').replace(/^#+\s*/, '').trim();
  const clean = first.replace(/[\\/:*?"<>|\s]+/g, '').slice(0, 40);
  return clean || fallback;
}

// ---- positions in the draft -------------------------------------------------------------------

/** UTF-16 index in `text` of a 1-based line and column counted in characters (code points). */
function indexOf(text, line, column) {
  let at = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', at);
    if (next < 0) return text.length;
    at = next + 1;
  }
  for (let c = 1; c < column && at < text.length && text[at] !== '\n'; c++) {
    at += text.codePointAt(at) > 0xffff ? 2 : 1;
  }
  return at;
}

function lineColumn(text, index) {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  const column = Array.from(before.slice(before.lastIndexOf('\n') + 1)).length + 1;
  return [line, column];
}

/** Selects a span of a plain text area; the browser scrolls the selection into view. */
function selectIn(textarea, span) {
  const text = textarea.value;
  const start = indexOf(text, span.line, span.column);
  const end = Math.max(start, indexOf(text, span.end_line, span.end_column));
  textarea.focus();
  textarea.setSelectionRange(start, end);
  textarea.scrollTop = Math.max(0, topOf(textarea, start) - textarea.clientHeight / 3);
}

/** How far down a text area the line of character `index` starts (measured in a hidden copy of it:
 * a text area does not tell where its characters fall). */
function topOf(textarea, index) {
  let copy = $('measure');
  if (!copy) {
    copy = document.createElement('div');
    copy.id = 'measure';
    copy.setAttribute('aria-hidden', 'true');
    document.body.append(copy);
  }
  const style = getComputedStyle(textarea);
  for (const p of ['font', 'padding', 'border', 'whiteSpace', 'overflowWrap', 'wordBreak', 'tabSize', 'letterSpacing', 'boxSizing']) copy.style[p] = style[p];
  copy.style.width = `${textarea.clientWidth}px`;
  copy.style.borderRightWidth = '0';
  copy.textContent = textarea.value.slice(0, index);
  const marker = document.createElement('span');
  marker.textContent = '\u200b';
  copy.append(marker);
  const top = marker.offsetTop - parseFloat(style.paddingTop) - parseFloat(style.borderTopWidth);
  copy.textContent = '';
  return top;
}

/** Selects a span of the draft and scrolls it into view. */
function selectSpan(textarea, span) {
  selectIn(textarea, span);
  syncScroll();
  showCursor();
}

// ---- the apply mode ---------------------------------------------------------------------------

const apply = {
  answer: null,
  sent: null, // the texts of the answer shown
  skip: new Set(), // instructions the drafter chose to leave out (四（二）)
  viewHtml: '', // the consolidated view shown (not rebuilt when an edit leaves it as it was)
};

function marksFor(text, problems) {
  // non-overlapping marks, errors first where they overlap
  const spans = problems
    .map((p) => ({ p, start: indexOf(text, p.span.line, p.span.column), end: indexOf(text, p.span.end_line, p.span.end_column) }))
    .map((m) => ({ ...m, end: Math.max(m.end, Math.min(m.start + 1, text.length)) }))
    .sort((a, b) => a.start - b.start || (a.p.severity === 'error' ? -1 : 1));
  const out = [];
  let at = 0;
  for (const m of spans) {
    const start = Math.max(m.start, at);
    if (start >= m.end) continue;
    out.push({ ...m, start });
    at = m.end;
  }
  return out;
}

/** Rebuilds the backdrop of the draft: its text (invisible) with the problems' marks. */
function renderMarks() {
  const text = $('notice').value;
  const highlights = $('notice-marks');
  const problems = apply.answer && apply.sent && apply.sent.notice === text ? apply.answer.problems || [] : [];
  highlights.replaceChildren();
  let at = 0;
  for (const m of marksFor(text, problems)) {
    highlights.append(text.slice(at, m.start));
    const mark = document.createElement('mark');
    mark.className = m.p.severity;
    mark.textContent = text.slice(m.start, m.end);
    mark.dataset.line = m.p.span.line;
    mark.dataset.column = m.p.span.column;
    mark.dataset.start = m.start;
    if (m.p.instruction) mark.dataset.instruction = m.p.instruction;
    mark.title = `${KIND[m.p.kind] || m.p.kind}：${m.p.message}`;
    highlights.append(mark);
    at = m.end;
  }
  // a final line break needs a character after it to take its height
  highlights.append(text.slice(at) + '\u200b');
  syncScroll();
}

function syncScroll() {
  const textarea = $('notice');
  const backdrop = textarea.previousElementSibling;
  backdrop.scrollTop = textarea.scrollTop;
  backdrop.scrollLeft = textarea.scrollLeft;
}

function showCursor() {
  const textarea = $('notice');
  const [line, column] = lineColumn(textarea.value, textarea.selectionStart);
  $('cursor').textContent = `第 ${line} 行，第 ${column} 列`;
}

function renderProblems(answer) {
  const box = $('problems-box');
  const list = $('problems');
  list.replaceChildren();
  // a draft for no section of this document: the choice is the page's 对应文件
  const choose = answer.problem && !answer.section && answer.sections.length && !answer.refused;
  $('problem').textContent = (choose ? '请在“对应文件”中选择草稿中对应这份文件的部分。' : '') + (answer.problem || '');
  for (const p of answer.problems) {
    const li = document.createElement('li');
    li.className = p.severity;
    li.dataset.line = p.span.line;
    li.dataset.column = p.span.column;
    const where = document.createElement('span');
    where.className = 'where';
    where.textContent = `${p.instruction ? p.instruction + ' ' : ''}${p.span.line}:${p.span.column}`;
    const kind = document.createElement('span');
    kind.className = 'kind';
    kind.textContent = KIND[p.kind] || p.kind;
    const message = document.createElement('span');
    message.className = 'message';
    message.textContent = (EXPLAIN[p.kind] || '') + (p.path ? `（文件中：${p.path}）` : '');
    const detail = document.createElement('span');
    detail.className = 'detail';
    detail.textContent = p.message;
    li.append(where, kind, message, detail);
    if (p.candidate) {
      const c = document.createElement('span');
      c.className = 'candidate';
      c.textContent = `最接近的文字（${p.candidate.path}，相似度 ${p.candidate.similarity.toFixed(2)}）：“${p.candidate.text}”`;
      li.append(c);
    }
    if (p.document_span) {
      const look = document.createElement('button');
      look.type = 'button';
      look.className = 'look';
      look.textContent = '在原文中查看';
      look.title = p.candidate ? `在原文中选中最接近的文字（${p.path}）` : `在原文中选中 ${p.path}`;
      look.addEventListener('click', (e) => {
        e.stopPropagation();
        selectIn($('document'), p.document_span);
      });
      li.append(look);
    }
    if (p.severity === 'error' && p.instruction) {
      const skip = document.createElement('button');
      skip.type = 'button';
      skip.className = 'skip';
      skip.textContent = '跳过这条指令';
      skip.title = `执行其余指令，不执行 ${p.instruction}（如 amend apply --skip）`;
      skip.addEventListener('click', (e) => {
        e.stopPropagation();
        apply.skip.add(p.instruction);
        updateApply();
      });
      li.append(skip);
    }
    li.title = '点击在草稿中选中';
    li.addEventListener('click', () => selectSpan($('notice'), p.span));
    list.append(li);
  }
  const skipped = $('skipped');
  skipped.replaceChildren();
  for (const id of apply.skip) {
    const chip = document.createElement('button');
    chip.type = 'button';
    chip.className = 'chip';
    chip.textContent = `${id} ×`;
    chip.title = '恢复执行这条指令';
    chip.addEventListener('click', () => {
      apply.skip.delete(id);
      updateApply();
    });
    skipped.append(chip);
  }
  if (apply.skip.size) skipped.prepend('已跳过：');
  box.hidden = !answer.problem && answer.problems.length === 0 && apply.skip.size === 0;
}

function renderSections(answer) {
  const select = $('section');
  const chosen = select.value;
  const options = [new Option('按原文标题自动选择', '')];
  for (const s of answer.sections) {
    const value = s.id || s.title;
    const label = `${s.id ? s.id + '、' : ''}${s.title ? '《' + s.title + '》' : '（未写明文件）'}${s.doc_number ? '（' + s.doc_number + '）' : ''}`;
    options.push(new Option(label, value));
  }
  const same = options.length === select.options.length && options.every((o, i) => o.value === select.options[i].value && o.text === select.options[i].text);
  if (!same) {
    select.replaceChildren(...options);
    select.value = options.some((o) => o.value === chosen) ? chosen : '';
  }
  return select.value !== chosen;
}

function renderReports(answer) {
  const body = $('reports');
  body.replaceChildren();
  for (const r of answer.reports) {
    const tr = document.createElement('tr');
    const id = document.createElement('td');
    id.textContent = r.id;
    const st = document.createElement('td');
    st.className = r.status;
    st.textContent = STATUS[r.status] || r.status;
    if (r.reason) st.title = r.reason;
    const what = document.createElement('td');
    what.textContent = r.ops.map((o) => o.summary).join('；') || r.reason || '';
    tr.append(id, st, what);
    body.append(tr);
  }
}

/** The 对照表 frame, loaded when it is in view and its page changed (a frame is costly to reload). */
function showTable() {
  const frame = $('view-table');
  const html = (apply.answer && apply.answer.result && apply.answer.result.table_html) || '';
  if (!frame.hidden && frame.srcdoc !== html) frame.srcdoc = html;
}

/** Shows a changed unit of the consolidated text: scrolled into view and outlined. */
function showChange(unit) {
  for (const u of document.querySelectorAll('#view-text .unit.current')) u.classList.remove('current');
  if (!unit) return;
  unit.classList.add('current');
  unit.scrollIntoView({ block: 'center' });
}

/** Steps through the changes of the consolidated text (+1 next, -1 previous). */
function stepChange(step) {
  const units = [...document.querySelectorAll('#view-text .unit.changed')];
  if (!units.length) return;
  showView('view-text');
  const at = units.findIndex((u) => u.classList.contains('current'));
  const next = at < 0 ? (step > 0 ? 0 : units.length - 1) : (at + step + units.length) % units.length;
  showChange(units[next]);
}

/** The instruction the caret is in, and the first change it made, shown. */
function followCaret() {
  const answer = apply.answer;
  if (!answer || !answer.result || $('view-text').hidden) return;
  const t = $('notice');
  const [line, column] = lineColumn(t.value, t.selectionStart);
  const inside = (s) => (line > s.line || (line === s.line && column >= s.column)) && (line < s.end_line || (line === s.end_line && column <= s.end_column));
  const ins = answer.instructions.find((i) => inside(i.span));
  if (!ins) return;
  const unit = [...document.querySelectorAll('#view-text .unit[data-instruction]')].find((u) => u.dataset.instruction.split('；').includes(ins.id));
  if (unit && !unit.classList.contains('current')) showChange(unit);
}

function renderResult(answer) {
  const view = $('view-text');
  const result = answer.result;
  if (result) {
    if (apply.viewHtml !== result.view_html) {
      view.innerHTML = result.view_html; // escaped by the server (src/render/consolidated.rs)
      apply.viewHtml = result.view_html;
    }
  } else {
    view.replaceChildren();
    const p = document.createElement('p');
    p.className = 'empty';
    p.textContent = answer.problem ? '修改未执行：见上方的问题。' : '有错误时不生成合并文本：请先改正上方列出的问题。';
    view.append(p);
    apply.viewHtml = '';
  }
  showTable();
  for (const id of ['download-text', 'download-text-docx', 'download-table', 'download-table-docx']) $(id).disabled = !result;
  $('change-count').textContent = String(document.querySelectorAll('#view-text .unit.changed').length);
  followCaret();
}

const updateApply = debounced(async (signal) => {
  const documentText = $('document').value;
  const notice = $('notice').value;
  $('download-notice').disabled = $('download-notice-docx').disabled = !notice.trim();
  if (!documentText.trim() || !notice.trim()) {
    apply.answer = null;
    renderMarks();
    status(!documentText.trim() ? '请粘贴或打开原文。' : '请写修改通知草稿。');
    return;
  }
  const sent = { document: documentText, notice, section: $('section').value, skip: [...apply.skip] };
  const started = performance.now();
  status('正在执行……');
  let answer;
  try {
    answer = await post('/api/apply', sent, signal);
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    // a refused request (a text that is not text, a computation past its time): nothing stale stays
    // on the page as if it were the answer
    answer = { refused: true, sections: [], section: null, problem: e.message, instructions: [], problems: [], reports: [], result: null };
  }
  apply.answer = answer;
  apply.sent = sent;
  if (!answer.refused && renderSections(answer)) {
    // the section chosen is gone from the draft: ask again, by the document's title
    updateApply();
    return;
  }
  renderProblems(answer);
  renderResult(answer);
  renderReports(answer);
  renderMarks();
  // the answer is on screen once the frame after this one has been laid out and painted
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  if (signal.aborted) return;
  const ms = performance.now() - started;
  document.body.dataset.roundtripMs = ms.toFixed(1);
  const errors = answer.problems.filter((p) => p.severity === 'error').length;
  const warnings = answer.problems.length - errors;
  const done = answer.reports.filter((r) => r.status === 'applied').length;
  if (answer.result) {
    status(`已执行 ${done} 条指令，改动 ${answer.result.changed_units} 处${warnings ? `，${warnings} 条提醒` : ''}（${Math.round(ms)} 毫秒）`, 'ok');
  } else {
    status(answer.problem ? answer.problem : `${errors} 个错误${warnings ? `，${warnings} 条提醒` : ''}：未生成合并文本（${Math.round(ms)} 毫秒）`, 'error');
  }
  document.body.dataset.state = answer.result ? 'applied' : 'failed';
  // how many answers were shown (a test waits for the next one)
  document.body.dataset.answers = String(Number(document.body.dataset.answers || 0) + 1);
  save();
});

// ---- the derive mode --------------------------------------------------------------------------

const derive = { answer: null };

const updateDerive = debounced(async (signal) => {
  const old = $('old').value;
  const edited = $('new').value;
  if (!old.trim() || !edited.trim()) {
    status('请在“修改前”放入原文，在“修改后”修改它。');
    return;
  }
  const started = performance.now();
  status('正在生成……');
  let answer;
  try {
    answer = await post('/api/derive', { old, new: edited, style: $('style').value }, signal);
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    derive.answer = null;
    $('derived').textContent = `未能生成修改通知：${e.message}`;
    $('derive-notes').replaceChildren();
    $('derive-table').srcdoc = '';
    for (const id of ['download-derived', 'download-derived-docx', 'use-derived', 'download-derive-table', 'download-derive-table-docx']) $(id).disabled = true;
    status(e.message, 'error');
    document.body.dataset.state = 'refused';
    document.body.dataset.answers = String(Number(document.body.dataset.answers || 0) + 1);
    return;
  }
  derive.answer = { ...answer, old, new: edited };
  $('derived').textContent = answer.notice || '（两个版本没有实质差异，没有要写的修改。）';
  const notes = $('derive-notes');
  notes.replaceChildren(...answer.notes.map((n) => Object.assign(document.createElement('li'), { textContent: n })));
  $('derive-table').srcdoc = answer.table_html;
  const any = answer.instructions > 0;
  for (const id of ['download-derived', 'download-derived-docx', 'use-derived']) $(id).disabled = !any;
  for (const id of ['download-derive-table', 'download-derive-table-docx']) $(id).disabled = false;
  status(`生成 ${answer.instructions} 条修改指令，已验证：执行它们得到修改后的文本（${Math.round(performance.now() - started)} 毫秒）`, 'ok');
  document.body.dataset.state = 'derived';
  document.body.dataset.answers = String(Number(document.body.dataset.answers || 0) + 1);
});

// ---- files, tabs, storage ---------------------------------------------------------------------

async function openFile(input, target, notesId, then) {
  const file = input.files[0];
  input.value = '';
  if (!file) return;
  try {
    const answer = await post(`/api/read?name=${encodeURIComponent(file.name)}`, await file.arrayBuffer());
    $(target).value = answer.text;
    if (notesId) $(notesId).textContent = [`${file.name}（${answer.encoding}）`, ...answer.notes].join('；');
    then();
  } catch (e) {
    status(`${file.name}：${e.message}`, 'error');
  }
}

function showMode(mode) {
  for (const m of ['apply', 'derive']) {
    $(`tab-${m}`).setAttribute('aria-selected', String(m === mode));
    $(`${m}-mode`).hidden = m !== mode;
  }
  (mode === 'apply' ? updateApply : updateDerive)();
}

function showView(id) {
  for (const tab of document.querySelectorAll('.tabs [role=tab]')) {
    const on = tab.dataset.view === id;
    tab.setAttribute('aria-selected', String(on));
    $(tab.dataset.view).hidden = !on;
  }
  showTable();
}

function save() {
  try {
    localStorage.setItem(STORE, JSON.stringify({ document: $('document').value, notice: $('notice').value }));
  } catch {
    // a document too large to keep is simply not kept
  }
}

function restore() {
  try {
    const kept = JSON.parse(localStorage.getItem(STORE) || 'null');
    if (kept) {
      $('document').value = kept.document || '';
      $('notice').value = kept.notice || '';
    }
  } catch {
    localStorage.removeItem(STORE);
  }
}

async function downloadDocx(url, body, name) {
  try {
    download(name, await post(url, body));
  } catch (e) {
    status(e.message, 'error');
  }
}

document.addEventListener('DOMContentLoaded', () => {
  restore();
  const notice = $('notice');
  for (const id of ['document', 'notice']) $(id).addEventListener('input', updateApply);
  $('section').addEventListener('change', updateApply);
  notice.addEventListener('input', renderMarks);
  notice.addEventListener('scroll', syncScroll);
  for (const e of ['keyup', 'click', 'select']) notice.addEventListener(e, showCursor);
  for (const e of ['keyup', 'click']) notice.addEventListener(e, followCaret);
  $('prev-change').addEventListener('click', () => stepChange(-1));
  $('next-change').addEventListener('click', () => stepChange(1));
  new ResizeObserver(renderMarks).observe(notice);
  for (const id of ['old', 'new']) $(id).addEventListener('input', updateDerive);
  $('style').addEventListener('change', updateDerive);

  $('tab-apply').addEventListener('click', () => showMode('apply'));
  $('tab-derive').addEventListener('click', () => showMode('derive'));
  for (const tab of document.querySelectorAll('.tabs [role=tab]')) tab.addEventListener('click', () => showView(tab.dataset.view));

  $('open-document').addEventListener('change', (e) => openFile(e.target, 'document', 'document-notes', updateApply));
  $('open-notice').addEventListener('change', (e) => openFile(e.target, 'notice', null, () => { renderMarks(); updateApply(); }));
  $('open-old').addEventListener('change', (e) => openFile(e.target, 'old', null, updateDerive));
  $('open-new').addEventListener('change', (e) => openFile(e.target, 'new', null, updateDerive));
  $('copy-old').addEventListener('click', () => { $('new').value = $('old').value; updateDerive(); });

  // a change in the consolidated text links to its instruction in the draft
  $('view-text').addEventListener('click', (e) => {
    const button = e.target.closest('button.by');
    if (!button || !apply.answer) return;
    const ins = apply.answer.instructions.find((i) => i.id === button.dataset.id);
    if (ins) selectSpan(notice, ins.span);
  });

  $('download-text').addEventListener('click', () => download(`${baseName(apply.answer.result.text, '合并文本')}.txt`, textBlob(apply.answer.result.text)));
  $('download-notice').addEventListener('click', () => download('修改通知草稿.txt', textBlob(notice.value)));
  $('download-table').addEventListener('click', () => download('新旧对照表.html', htmlBlob(apply.answer.result.table_html)));
  $('download-text-docx').addEventListener('click', () =>
    downloadDocx('/api/docx/text', { text: apply.answer.result.text }, `${baseName(apply.answer.result.text, '合并文本')}.docx`));
  $('download-table-docx').addEventListener('click', () =>
    downloadDocx('/api/docx/comparison', { old: apply.sent.document, new: apply.answer.result.text, notice: apply.sent.notice, section: apply.sent.section }, '新旧对照表.docx'));
  $('download-derived').addEventListener('click', () => download('修改通知.txt', textBlob(derive.answer.notice)));
  $('download-derived-docx').addEventListener('click', () => downloadDocx('/api/docx/text', { text: derive.answer.notice }, '修改通知.docx'));
  $('download-notice-docx').addEventListener('click', () => downloadDocx('/api/docx/text', { text: notice.value }, '修改通知草稿.docx'));
  $('download-derive-table').addEventListener('click', () => download('新旧对照表.html', htmlBlob(derive.answer.table_html)));
  $('download-derive-table-docx').addEventListener('click', () =>
    downloadDocx('/api/docx/comparison', { old: derive.answer.old, new: derive.answer.new, notice: derive.answer.notice }, '新旧对照表.docx'));
  $('use-derived').addEventListener('click', () => {
    $('document').value = derive.answer.old;
    notice.value = derive.answer.notice;
    $('section').value = '';
    renderMarks();
    showMode('apply');
  });

  renderMarks();
  showCursor();
  updateApply();
});
