// The workbench driven as a drafter uses it, in Debian's chromium through playwright-core: paste a
// document and a draft, read the result, spoil a quotation and find the mark, derive a notice from an
// edit and preview it, download what a drafter takes away. Run by tests/serve_browser.rs, which
// starts `amend serve` and passes:
//   AMEND_URL (the workbench), CHROMIUM (the browser), CORPUS (the corpus folder), OUT (a folder for
//   screenshots and the timing report).
// Exits non-zero with the failed check on stderr; prints the measurements as JSON on stdout.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const url = process.env.AMEND_URL;
const corpus = process.env.CORPUS;
const out = process.env.OUT;
const read = (rel) => fs.readFileSync(path.join(corpus, rel), 'utf8');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM,
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
});
const report = {};
const pageErrors = [];
try {
  const context = await browser.newContext({ viewport: { width: 1500, height: 950 }, acceptDownloads: true });
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  // refusals (4xx) are part of the checks; an error in the page or a server failure (5xx) is not
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) pageErrors.push(m.text());
  });
  page.on('response', (r) => {
    if (r.status() >= 500) pageErrors.push(`${r.status()} from ${r.url()}`);
  });
  await page.goto(url);
  assert.equal(await page.title(), 'amend 修改工作台');

  /** How many answers the page has shown so far. */
  const answers = () => page.evaluate(() => Number(document.body.dataset.answers || 0));
  /** Waits for the answer after `before`, and gives the page's state (applied, failed, derived). */
  async function nextAnswer(before) {
    await page.waitForFunction((n) => Number(document.body.dataset.answers || 0) > n, before, { timeout: 30000 });
    return page.evaluate(() => document.body.dataset.state);
  }
  /** Pastes `text` into a text area, as a drafter pastes (one input event with the whole text). */
  async function paste(selector, text) {
    await page.click(selector);
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(text);
  }
  async function downloaded(button) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
    return { name: download.suggestedFilename(), bytes: fs.readFileSync(await download.path()) };
  }

  // ---- 1. the Fujian original 1 and its section of the notice: the published text ----------------
  const notice = read('fujian-2020/notice.txt').split('\n');
  const start = notice.findIndex((l) => l.startsWith('一、对《'));
  const end = notice.findIndex((l) => l.startsWith('二、对《'));
  const section = notice.slice(start, end).join('\n') + '\n';
  await paste('#document', read('fujian-2020/original/1.txt'));
  let before = await answers();
  await paste('#notice', section);
  assert.equal(await nextAnswer(before), 'applied', await page.locator('#status').textContent());
  assert.match(await page.locator('#status').textContent(), /已执行 5 条指令/);
  const text = await downloaded('#download-text');
  assert.equal(text.bytes.toString('utf8'), read('fujian-2020/published/1.txt'), 'the consolidated text is the published one');
  assert.match(text.name, /^福建省人民政府关于加快发展智能制造九条措施的通知\.txt$/);
  // every instruction of the section has changed a unit, linked to it in the consolidated view
  for (const id of ['一（一）', '一（二）', '一（三）', '一（四）', '一（五）']) {
    assert.ok(await page.locator(`#view-text button.by[data-id="${id}"]`).count() > 0, `a change is linked to ${id}`);
  }
  // the link selects the instruction in the draft
  await page.locator('#view-text button.by[data-id="一（三）"]').first().click();
  const selected = await page.evaluate(() => {
    const t = document.getElementById('notice');
    return t.value.slice(t.selectionStart, t.selectionEnd);
  });
  assert.ok(selected.startsWith('（三）将第十二项中的“省发改、经信、科技等部门'), `一（三） selected: ${selected}`);
  // the 对照表 in its frame, and as Word
  await page.click('.tabs [data-view=view-table]');
  const frame = page.frameLocator('#view-table');
  assert.match(await frame.locator('h1').textContent(), /新旧对照表/);
  assert.equal(await frame.locator('tr.row').count(), 20, 'one row per changed item');
  await page.screenshot({ path: path.join(out, 'workbench-table.png') });
  const docx = await downloaded('#download-table-docx');
  assert.equal(docx.bytes.subarray(0, 2).toString('latin1'), 'PK', 'the .docx is a zip');
  await page.click('.tabs [data-view=view-text]');
  // the caret in an instruction shows the change it made; the arrows step through all of them
  const item4 = section.indexOf('（四）将第十八项') + 8;
  await page.focus('#notice');
  await page.evaluate((i) => document.getElementById('notice').setSelectionRange(i, i), item4);
  await page.keyboard.press('ArrowRight');
  const current = page.locator('#view-text .unit.current');
  assert.ok((await current.getAttribute('data-instruction')).split('；').includes('一（四）'));
  const shown = await current.getAttribute('data-path');
  assert.ok(await current.isVisible());
  assert.match(await current.locator('ins').first().textContent(), /不动产登记机构/);
  await page.screenshot({ path: path.join(out, 'workbench-applied.png') });
  assert.equal(await page.locator('#change-count').textContent(), '20');
  await page.click('#next-change');
  const paths = await page.locator('#view-text .unit.changed').evaluateAll((us) => us.map((u) => u.dataset.path));
  const next = await page.locator('#view-text .unit.current').getAttribute('data-path');
  assert.equal(paths.indexOf(next), (paths.indexOf(shown) + 1) % paths.length, 'the next change');

  // ---- 1b. 附件4: three passages the reconstructed original lacks (corpus README); skipped one by
  // one from the list of problems, the rest gives the published text -----------------------------
  const four = notice.slice(notice.findIndex((l) => l.startsWith('四、对《')), notice.findIndex((l) => l.startsWith('修改后的版本'))).join('\n') + '\n';
  await paste('#document', read('fujian-2020/original/4.txt'));
  before = await answers();
  await paste('#notice', four);
  while ((await nextAnswer(before)) !== 'failed' || (await page.locator('#problems li.error').count()) !== 3) before = await answers();
  for (let left = 3; left > 0; left--) {
    before = await answers();
    await page.locator('#problems li.error button.skip').first().click();
    assert.equal(await nextAnswer(before), left > 1 ? 'failed' : 'applied');
  }
  assert.equal((await page.locator('#skipped').textContent()).replace(/\s/g, ''), '已跳过：四（二）×四（三）×四（五）×');
  assert.equal((await downloaded('#download-text')).bytes.toString('utf8'), read('fujian-2020/published/4.txt'));
  // the skips go back, one click each, before the next document
  while (await page.locator('#skipped .chip').count()) {
    before = await answers();
    await page.locator('#skipped .chip').first().click();
    await nextAnswer(before);
  }
  await paste('#document', read('fujian-2020/original/1.txt'));
  before = await answers();
  await paste('#notice', section);
  while ((await nextAnswer(before)) !== 'applied') before = await answers();

  // ---- 2. one character of a quotation changed: the mark at the instruction's line:column ---------
  const line = section.split('\n').findIndex((l) => l.includes('同等条件优先选用')) + 1;
  const at = section.indexOf('优先选用') + '优先选'.length;
  await page.focus('#notice');
  await page.evaluate((i) => document.getElementById('notice').setSelectionRange(i, i + 1), at);
  before = await answers();
  await page.keyboard.type('择');
  assert.equal(await nextAnswer(before), 'failed');
  const mark = page.locator('#notice-marks mark.error');
  assert.equal(await mark.count(), 1, 'one error mark');
  assert.equal(await mark.getAttribute('data-line'), String(line));
  assert.equal(await mark.getAttribute('data-column'), '4', 'after the label （一）');
  assert.equal(await mark.getAttribute('data-instruction'), '一（一）');
  assert.ok((await mark.textContent()).startsWith('删除第十四项中“对涉及安全及重大项目的工控系统，同等条件优先选择'));
  // it lies over those characters of the text area: a line boundary vertically, three full-width
  // characters (the label) from the left edge
  const geometry = await page.evaluate(() => {
    const t = document.getElementById('notice');
    const m = document.querySelector('#notice-marks mark.error').getClientRects()[0];
    const box = t.getBoundingClientRect();
    const style = getComputedStyle(t);
    const left = box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
    const top = box.top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop);
    return { dx: m.left - left, dy: m.top - top + t.scrollTop, lineHeight: parseFloat(style.lineHeight), em: parseFloat(style.fontSize) };
  });
  assert.ok(Math.abs(geometry.dx - 3 * geometry.em) < 1.5, `the mark starts after （一）: ${JSON.stringify(geometry)}`);
  const rows = geometry.dy / geometry.lineHeight;
  assert.ok(Math.abs(rows - Math.round(rows)) < 0.3, `the mark starts on a line of the text area: ${JSON.stringify(geometry)}`);
  const item = page.locator('#problems li.error');
  assert.equal(await item.count(), 1);
  const said = await item.textContent();
  assert.ok(said.includes(`一（一） ${line}:4`) && said.includes('引文未找到') && said.includes('引号中的文字在文件的该处找不到'), said);
  assert.ok(said.includes('最接近的文字') && said.includes('同等条件优先选用省内企业'), `the nearest text is shown: ${said}`);
  assert.equal(await page.locator('#download-text').isDisabled(), true, 'no consolidated text to download');
  // clicking the problem selects the instruction from its line:column
  await item.click();
  const caret = await page.evaluate(() => document.getElementById('notice').selectionStart);
  assert.equal(caret, section.split('\n').slice(0, line - 1).join('\n').length + 1 + '（一）'.length);
  assert.match(await page.locator('#cursor').textContent(), new RegExp(`第 ${line} 行，第 4 列`));
  await page.evaluate(() => document.getElementById('notice').blur());
  await page.screenshot({ path: path.join(out, 'workbench-error.png') });
  // the place in the document: the nearest text, in the item the instruction names, selected in the 原文
  await item.locator('button', { hasText: '在原文中查看' }).click();
  const place = await page.evaluate(() => {
    const t = document.activeElement;
    const top = topOf(t, t.selectionStart); // the page's own measure of where a line falls
    return { id: t.id, text: t.value.slice(t.selectionStart, t.selectionEnd), inView: top >= t.scrollTop && top < t.scrollTop + t.clientHeight };
  });
  assert.ok(place.inView, 'the item is scrolled into view');
  assert.equal(place.id, 'document');
  assert.equal(place.text, '对涉及安全及重大项目的工控系统，同等条件优先选用省内企业生产的传感器及智能化仪器仪表等产品', 'the nearest text is selected');
  await page.screenshot({ path: path.join(out, 'workbench-error-in-document.png') });

  // ---- 3. document text is data: markup in it shows as text and runs nothing ---------------------
  before = await answers();
  await paste('#document', '第一条 <img src=x onerror="document.body.dataset.pwned=1">甲方<script>document.body.dataset.pwned=1</script>。\n');
  await paste('#notice', '将第一条中的“甲方”修改为“乙方”。\n');
  while ((await nextAnswer(before)) !== 'applied') before = await answers();
  assert.equal(await page.locator('#view-text img, #view-text script').count(), 0);
  assert.match(await page.locator('#view-text').textContent(), /<img src=x onerror=/);
  assert.equal(await page.evaluate(() => document.body.dataset.pwned), undefined);
  // a document the server refuses (a control character): the refusal is said, and nothing stale stays
  before = await answers();
  await paste('#document', '第一条 甲方\u0001。\n');
  assert.equal(await nextAnswer(before), 'failed');
  assert.match(await page.locator('#problem').textContent(), /U\+0001/);
  assert.equal(await page.locator('#view-text .unit').count(), 0);
  assert.equal(await page.locator('#download-text').isDisabled(), true);

  // ---- 4. derive: edit the document, read the notice, preview it -------------------------------
  await page.click('#tab-derive');
  const original = read('fujian-2020/original/1.txt');
  await paste('#old', original);
  // the copy is derived at once (nothing to write); its answer is awaited so as not to be taken for
  // the edit's
  before = await answers();
  await page.click('#copy-old');
  assert.equal(await nextAnswer(before), 'derived');
  assert.equal(await page.locator('#use-derived').isDisabled(), true, 'no change, no notice to use');
  const edited = original.replace('省经信委', '省工信厅');
  assert.notEqual(edited, original);
  before = await answers();
  await paste('#new', edited);
  assert.equal(await nextAnswer(before), 'derived');
  const derived = await page.locator('#derived').textContent();
  assert.match(derived, /修改为“省工信厅”|修改为“工信厅”/, derived);
  await page.screenshot({ path: path.join(out, 'workbench-derive.png') });
  const word = await downloaded('#download-derived-docx');
  assert.equal(word.name, '修改通知.docx');
  assert.equal(word.bytes.subarray(0, 2).toString('latin1'), 'PK', 'the derived notice as a Word file');
  before = await answers();
  await page.click('#use-derived');
  assert.equal(await nextAnswer(before), 'applied');
  const previewed = await downloaded('#download-text');
  assert.equal(previewed.bytes.toString('utf8'), edited, 'the derived notice gives the edited text');

  // ---- 5. responsiveness on the longest law of the corpus: one edit of the draft, request to render
  await page.click('#tab-apply');
  // the law is long: its paste can outlast the debounce, so the answer to the law with the derived
  // notice still in the draft is awaited before the decision goes in (else it could be taken for it)
  before = await answers();
  await paste('#document', read('real-laws/criminal-law-2023/old.md'));
  assert.equal(await nextAnswer(before), 'failed', 'the derived notice is not for the criminal law');
  before = await answers();
  await paste('#notice', read('real-laws/criminal-law-2023/decision.md'));
  assert.equal(await nextAnswer(before), 'applied', await page.locator('#status').textContent());
  const times = [];
  // the edit a drafter makes: a character typed into the new wording of 一、 and taken back, each
  // changing the consolidated text (the view is rebuilt every time)
  const decision = read('real-laws/criminal-law-2023/decision.md');
  const wording = decision.indexOf('数额特别巨大的', decision.indexOf('修改为：“'));
  assert.ok(wording > 0);
  await page.focus('#notice');
  await page.evaluate((i) => document.getElementById('notice').setSelectionRange(i, i), wording);
  let view = await page.locator("#view-text").innerHTML();
  for (let i = 0; i < 21; i++) {
    before = await answers();
    if (i % 2) await page.keyboard.press('Backspace');
    else await page.keyboard.insertText('甲');
    assert.equal(await nextAnswer(before), 'applied');
    times.push(Number(await page.evaluate(() => document.body.dataset.roundtripMs)));
    const now = await page.locator('#view-text').innerHTML();
    assert.notEqual(now, view, "every edit changed the consolidated text");
    view = now;
  }
  times.sort((a, b) => a - b);
  report.criminal_law_bytes = Buffer.byteLength(read('real-laws/criminal-law-2023/old.md'));
  report.roundtrip_ms = { median: times[10], min: times[0], max: times[20], runs: times.length };
  await page.screenshot({ path: path.join(out, 'workbench-law.png') });

  assert.deepEqual(pageErrors, [], 'no error in the page, no failure of the server');
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
