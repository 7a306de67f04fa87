// Drives Debian's Chromium for BridgeScriptInChromiumTest. Reads one JSON command per line on
// standard input and writes one JSON answer per line on standard output:
//   {"url": ..., "locale": "en-US", "script": "<body of an async function>", "timeoutMs": 15000}
//   -> {"ok": true, "value": <what the script returned>, "console": [...], "pageErrors": [...]}
//   -> {"ok": false, "error": "..."}
// The first line written is {"ready": true, "chromium": "<version>"} or {"ready": false, "error": ...}.
// Chromium is started with exactly the flags the issue names and a fresh user data directory per
// locale, and is closed when standard input ends.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const executablePath = process.env.WXSHARE_CHROMIUM || '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const contexts = new Map(); // locale -> { context, dir }

async function context(locale) {
  if (!contexts.has(locale)) {
    const dir = mkdtempSync(join(tmpdir(), 'wxshare-chromium-'));
    const context = await chromium.launchPersistentContext(dir, {
      executablePath, headless: true, args: [...FLAGS], locale, timeout: 60000,
    });
    contexts.set(locale, { context, dir });
  }
  return contexts.get(locale).context;
}

function write(answer) {
  process.stdout.write(JSON.stringify(answer) + '\n');
}

async function run(command) {
  const page = await (await context(command.locale || 'en-US')).newPage();
  const consoleLines = [];
  const pageErrors = [];
  page.on('console', (m) => consoleLines.push(m.type() + ': ' + m.text()));
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  try {
    await page.goto(command.url, { waitUntil: 'load', timeout: command.timeoutMs || 15000 });
    const value = await page.evaluate(`(async () => { ${command.script}\n})()`);
    return { ok: true, value: value === undefined ? null : value, console: consoleLines, pageErrors };
  } finally {
    await page.close();
  }
}

async function close() {
  for (const { context, dir } of contexts.values()) {
    await context.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
}

try {
  const ctx = await context('en-US');
  write({ ready: true, chromium: ctx.browser() ? ctx.browser().version() : 'unknown' });
} catch (e) {
  write({ ready: false, error: String(e && e.message || e) });
  await close();
  process.exit(0);
}

// One command at a time, in order.
let chain = Promise.resolve();
const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  if (!line.trim()) return;
  chain = chain.then(async () => {
    let command;
    try {
      command = JSON.parse(line);
      write(await run(command));
    } catch (e) {
      write({ ok: false, error: String(e && e.stack || e) });
    }
  });
});
lines.on('close', () => { chain.then(close).then(() => process.exit(0)); });
