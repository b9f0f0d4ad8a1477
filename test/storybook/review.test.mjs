// The reviewers' page, Translations / Review (stories/review.stories.ts), in the built Storybook:
//   npm run build-storybook && node --test test/storybook/review.test.mjs
// For a language it lists every message of its XLIFF file with the English, the translation, the notes,
// the review state and the part of the element that shows it, and flags a message that overflows its box.
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {extname, join, normalize, sep} from 'node:path';
import {after, before, describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {launchChrome} from '../hostile/support/chrome.mjs';
import {readCatalogue} from '../../scripts/i18n-xliff.mjs';

const STATIC = fileURLToPath(new URL('../../storybook-static/', import.meta.url));
if (!existsSync(join(STATIC, 'index.json'))) throw new Error('storybook-static/ is missing: run `npm run build-storybook` first.');
const TYPES = {'.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml'};

describe('Translations / Review', () => {
  let server;
  let browser;
  before(async () => {
    server = createServer((request, response) => {
      const file = normalize(join(STATIC, decodeURIComponent(new URL(request.url, 'http://x').pathname)));
      if (!file.startsWith(STATIC) || !existsSync(file) || file.endsWith(sep)) return response.writeHead(404).end();
      response.writeHead(200, {'content-type': TYPES[extname(file)] ?? 'application/octet-stream'}).end(readFileSync(file));
    });
    await new Promise((done) => server.listen(0, '127.0.0.1', done));
    browser = await launchChrome();
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  /** The review table for `lang` at `width` px, once every row says where it is shown. */
  async function review(lang, width) {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/iframe.html?id=translations-review--review&viewMode=story&args=lang:${lang};width:${width}`);
    await page.waitForFunction(() => {
      const cells = [...document.querySelectorAll('.review-table tbody tr td:last-child')];
      return cells.length > 0 && cells.every((cell) => cell.textContent.trim() !== '…');
    }, {timeout: 20000});
    const rows = await page.$$eval('.review-table tbody tr', (trs) =>
      trs.map((tr) => ({id: tr.dataset.id, cells: [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent.replace(/\s+/g, ' ').trim()), flagged: tr.classList.contains('overflows')})),
    );
    const summary = await page.$eval('.review-summary', (p) => p.textContent.replace(/\s+/g, ' ').trim());
    await page.close();
    return {rows, summary};
  }

  test('Welsh: every unit with its English, translation, notes, review state and where it is shown', async () => {
    const {rows, summary} = await review('cy', 320);
    const units = readCatalogue('locales/cy.xlf').units;
    assert.deepEqual(rows.map((row) => row.id), units.map((unit) => unit.id));
    assert.match(summary, new RegExp(`^${units.length} messages in locales/cy\\.xlf; 0 reviewed;`));
    const heading = rows.find((row) => row.id === 'values.heading').cells;
    const unit = units.find((each) => each.id === 'values.heading');
    assert.equal(heading[1], 'Our values');
    assert.equal(heading[2], unit.target);
    assert.ok(heading[3].includes(`lit-localize: ${unit.note}`), heading[3]);
    assert.equal(heading[4], 'draft: needs review');
    assert.match(heading[5], /^pm-values <h2 part="heading">/);
    assert.match(rows.find((row) => row.id === 'values.solidarity').cells[3], /glossary: Glossary, “Solidarity”/);
    assert.match(rows.find((row) => row.id === 'share.copied').cells[5], /not on screen until used/);
  });

  test('flags the messages that overflow their box in a narrow column, and none at 320 px', async () => {
    const wide = await review('uk', 320);
    assert.deepEqual(wide.rows.filter((row) => row.flagged).map((row) => `${row.id}: ${row.cells[5]}`), []);
    const narrow = await review('uk', 160);
    const flagged = narrow.rows.filter((row) => row.flagged);
    assert.ok(flagged.length > 0, `some Ukrainian message overflows at 160 px:\n${narrow.rows.map((row) => row.cells[5]).join('\n')}`);
    for (const row of flagged) assert.match(row.cells[5], /⚠ overflows its box: (text \d+×\d+ px in \d+×\d+ px|“\S+” is wider than the box and is broken across lines)$/);
    assert.match(narrow.summary, new RegExp(`${flagged.length} overflows? their box at 160 px`));
  });
});
