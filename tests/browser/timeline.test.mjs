// Headless Chromium checks of the interactive timeline (issue 7):
//   node timeline.test.mjs SAMPLE.html SCREENSHOT.png [BIG.html [DAYS.html]]
// The page loads with no console error, hovering an event shows its card, a filter hides
// events, zooming changes the axis, the keyboard reaches events; a screenshot is saved.
// Exit 0 and "skipped" when Chromium or playwright-core is missing; exit 1 on a failure.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [samplePath, screenshotPath, bigPath, daysPath] = process.argv.slice(2);
if (!samplePath || !screenshotPath) {
  console.error('usage: node timeline.test.mjs SAMPLE.html SCREENSHOT.png [BIG.html [DAYS.html]]');
  process.exit(2);
}
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.log(`skipped: ${executablePath} is not installed`);
  process.exit(0);
}
let chromium;
try {
  ({ chromium } = await import('playwright-core'));
} catch {
  console.log('skipped: playwright-core is not installed (npm ci in tests/browser)');
  process.exit(0);
}

const failures = [];
function check(condition, message) {
  console.log(`${condition ? 'ok  ' : 'FAIL'} ${message}`);
  if (!condition) failures.push(message);
}

const browser = await chromium.launch({
  executablePath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors = [];
  const requests = [];
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('request', (request) => { if (!request.url().startsWith('file:')) requests.push(request.url()); });
  await page.goto(pathToFileURL(samplePath).href, { waitUntil: 'load' });

  const eventCount = await page.locator('svg .event').count();
  check(eventCount > 0, `the page shows events (${eventCount})`);

  // As Chromium lays the text out (its own font metrics), no two labels overlap.
  const overlaps = await page.evaluate(() => {
    const boxes = Array.from(document.querySelectorAll('#chart svg text.label')).map((t) => [t.textContent, t.getBBox()]);
    const out = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [, a] = boxes[i], [, b] = boxes[j];
        if (a.x + a.width > b.x + 0.5 && b.x + b.width > a.x + 0.5 && a.y + a.height > b.y + 0.5 && b.y + b.height > a.y + 0.5)
          out.push(boxes[i][0] + ' / ' + boxes[j][0]);
      }
    return out;
  });
  check(overlaps.length === 0, `no labels overlap as Chromium draws them${overlaps.length ? ': ' + overlaps.join('; ') : ''}`);

  // Hover: the card shows the event's title, its date and the sentence with the trigger marked.
  const target = page.locator('svg .event:not(.undated)').first();
  const targetId = await target.getAttribute('data-id');
  await target.locator('.mark').first().hover();
  const card = page.locator('#card');
  check(await card.isVisible(), `hovering '${targetId}' shows its card`);
  const cardText = await card.innerText();
  const title = await page.evaluate((id) => JSON.parse(document.getElementById('chronograph-data').textContent)
    .events[id].title, targetId);
  check(cardText.includes(title), `the card names the event ('${title}')`);
  check(await card.locator('mark').count() > 0 || !cardText.includes('\u201c'), 'the card highlights the trigger');
  await page.mouse.move(5, 5);
  check(!(await card.isVisible()), 'leaving the event hides the card');

  // Filter: unchecking a modality hides its events (and only those).
  const visibleBefore = await page.locator('svg .event:visible').count();
  const modality = await page.locator('#filter-modalities input').first().getAttribute('value');
  const ofModality = await page.locator(`svg .event[data-modality="${modality}"]`).count();
  await page.locator('#filter-modalities input').first().uncheck();
  const visibleAfter = await page.locator('svg .event:visible').count();
  check(visibleAfter === visibleBefore - ofModality && ofModality > 0,
    `unchecking '${modality}' hides its ${ofModality} events (${visibleBefore} -> ${visibleAfter})`);
  await page.locator('#filter-modalities input').first().check();
  check(await page.locator('svg .event:visible').count() === visibleBefore, 'checking it again shows them');

  // Zoom: the axis gets other ticks, the marks move apart.
  const ticks = () => page.locator('.tick-labels text').allTextContents();
  const ticksBefore = (await ticks()).join('|');
  const callBox = async () => page.locator('svg .event:not(.undated) .mark').nth(1).boundingBox();
  const markBefore = await callBox();
  for (let i = 0; i < 3; i++) await page.click('#zoom-in');
  const ticksAfter = (await ticks()).join('|');
  check(ticksAfter !== ticksBefore && ticksAfter.length > 0, `zooming changes the axis (${ticksBefore} -> ${ticksAfter})`);
  const markAfter = await callBox();
  await page.screenshot({ path: screenshotPath.replace(/\.png$/, '-zoomed.png'), fullPage: true });
  check(markBefore && markAfter && Math.abs(markAfter.x - markBefore.x) > 1, 'zooming moves the marks');
  await page.click('#zoom-reset');
  check((await ticks()).join('|') === ticksBefore, 'reset restores the axis');

  // Keyboard: Tab reaches an event, which shows its card; Enter highlights its dependencies.
  await page.focus('svg .event:not(.undated)');
  check(await card.isVisible(), 'focusing an event with the keyboard shows its card');
  await page.keyboard.press('Enter');
  check(await page.evaluate(() => document.querySelector('#chart svg').classList.contains('dimmed')),
    'Enter highlights the event and its dependencies');
  const lit = await page.locator('svg .event.lit').count();
  check(lit >= 1, `the highlighted chain holds ${lit} events`);
  await page.screenshot({ path: screenshotPath.replace(/\.png$/, '-selected.png'), fullPage: true });
  await page.keyboard.press('Escape');

  await page.screenshot({ path: screenshotPath, fullPage: true });
  console.log(`screenshot: ${screenshotPath}`);
  check(errors.length === 0, `no console errors${errors.length ? ': ' + errors.join('; ') : ''}`);
  check(requests.length === 0, `no network requests${requests.length ? ': ' + requests.join(', ') : ''}`);

  if (daysPath) {
    // A season of days drawn as dots: zoomed in, the days in view are drawn across, the legend
    // says so, and reset brings the dots and the legend back (re55).
    const days = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    days.on('pageerror', (error) => errors.push(String(error)));
    await days.goto(pathToFileURL(daysPath).href, { waitUntil: 'load' });
    const state = () => days.evaluate(() => {
      const shown = (node) => node.style.display !== 'none' && node.getAttribute('visibility') !== 'hidden';
      const legend = [...document.querySelectorAll('text.legend')].filter(shown).map((t) => t.textContent);
      const bars = [...document.querySelectorAll('.event rect.point')].filter(shown).map((r) => Number(r.getAttribute('width')));
      const dots = [...document.querySelectorAll('.event circle.point')].filter(shown).length;
      return { legend: legend.join('|'), bars, dots };
    });
    const before = await state();
    check(before.dots > 0 && before.bars.length === 0, `the days are dots at first (${before.dots})`);
    for (let i = 0; i < 6; i++) await days.click('#zoom-in');
    const zoomed = await state();
    check(zoomed.bars.length > 0 && zoomed.bars.every((w) => w >= 28), `zoomed in, days are drawn across (${zoomed.bars})`);
    check(zoomed.legend.includes('a day: from its midnight to the next'), `the legend names them (${zoomed.legend})`);
    await days.click('#zoom-reset');
    const reset = await state();
    check(reset.legend === before.legend && reset.dots === before.dots && reset.bars.length === 0,
      'reset brings the dots and the legend back');
  }

  if (bigPath) {
    // Not asserted (no timing assertions in tests): printed for the report.
    const big = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    big.on('pageerror', (error) => errors.push(String(error)));
    const start = Date.now();
    await big.goto(pathToFileURL(bigPath).href, { waitUntil: 'load' });
    await big.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    console.log(`1,000-event page loaded and painted in ${Date.now() - start} ms`);
    check(await big.locator('svg .event').count() === 1000, 'the 1,000-event page shows 1,000 events');
    check(errors.length === 0, 'the 1,000-event page has no errors');
  }
} finally {
  await browser.close();
}
if (failures.length) {
  console.error(`${failures.length} browser check(s) failed`);
  process.exit(1);
}
console.log('all browser checks passed');
