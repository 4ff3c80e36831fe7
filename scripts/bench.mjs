#!/usr/bin/env node
/**
 * Benchmark (issue 8): figures to read, not a test. `npm run bench`
 *
 * 1. Builds the site to dist-bench/, and a synthetic copy with ten times the pages in .bench/
 *    (scripts/bench/synthetic.mjs), with the same command, and prints pages, seconds and
 *    processor seconds for each (processor time barely moves when other work shares the
 *    machine): growth is linear, or better, when ten times the pages take at most ten times
 *    the processor time.
 * 2. Serves dist-bench/ with gzip (scripts/serve.mjs) and weighs each kind of page in French
 *    and Arabic, on a cold browser context, as the budget tests do (scripts/weigh.ts: every
 *    response body at gzip -9): home, language chooser, a guidance page, a long one, each
 *    tool (once its island has hydrated), and search (opened on the guidance page, one query).
 * 3. Compares each page with its floor: gzip -9 of its bare semantic HTML. The exact
 *    definition is in scripts/bench/floor.mjs: a minimal document (doctype, html lang/dir,
 *    meta charset, title) holding the page's <main> as built, without scripts, styles, svg,
 *    hidden elements or custom-element wrappers, and without class, style and data-* attributes.
 * 4. Runs Lighthouse (mobile: its default phone emulation and simulated slow 4G and CPU) on
 *    each page with Debian's Chromium, 3 runs, and prints the median score per category.
 *
 * Progress goes to stderr, the tables to stdout (Markdown, to paste into an issue).
 *
 * Usage: npm run bench [-- --runs 3 --port 4450 --factor 10 --skip-synthetic --keep]
 *   --runs N          Lighthouse runs per page (0: no Lighthouse)
 *   --factor N        the synthetic copy has N times the pages
 *   --skip-synthetic  build only the real site
 *   --keep            keep .bench/ (the synthetic copy and its build) for a look
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(`Node ${process.versions.node} is too old: run "npm run bench" (it uses Node 24).`);
  process.exit(1);
}

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    port: { type: 'string', default: '4450' },
    factor: { type: 'string', default: '10' },
    'skip-synthetic': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const factor = Number(values.factor);

const root = join(import.meta.dirname, '..');
const outDir = join(root, 'dist-bench');
const copyDir = join(root, '.bench');
const origin = `http://127.0.0.1:${values.port}`;
const log = (/** @type {string} */ message) => console.error(`[bench] ${message}`);

// A fresh machine may not have Chromium yet.
execFileSync(process.execPath, [join(root, 'scripts/ensure-chromium.ts')], {
  stdio: ['ignore', 'inherit', 'inherit'],
});
const { chromiumArgs, chromiumPath } = await import('./chromium.ts');
const { firstLoad, gzipSize, kb, summarize } = await import('./weigh.ts');
const { floorDocument } = await import('./bench/floor.mjs');

/** Cleanups to run however the benchmark ends. */
const cleanups = /** @type {(() => unknown)[]} */ ([]);
async function cleanUp() {
  for (const fn of cleanups.splice(0).reverse()) await Promise.resolve(fn()).catch(() => {});
}
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => void cleanUp().finally(() => process.exit(130)));
}

// ---------------------------------------------------------------------------------------------
// Header

function quiet(/** @type {string} */ file, /** @type {string[]} */ args) {
  try {
    return execFileSync(file, args, { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return '';
  }
}
const commit = quiet('git', ['rev-parse', '--short', 'HEAD']) || 'unknown';
const dirty = quiet('git', ['status', '--porcelain']) ? ' + uncommitted changes' : '';
const header = [
  `# Benchmark, ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`,
  '',
  `- Commit: ${commit}${dirty}`,
  `- Node: ${process.version}`,
  `- Chromium: ${quiet(chromiumPath, ['--version']).split('\n')[0] || chromiumPath}`,
  `- Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`,
];
/** Other work on the machine slows builds and Lighthouse: said in the header. */
const startLoad = loadavg()[0] ?? 0;

// ---------------------------------------------------------------------------------------------
// 1. Builds

/** @param {string} dir @returns {{ count: number, bytes: number }} HTML files under dir */
function htmlFiles(dir) {
  const files = readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.html'));
  return {
    count: files.length,
    bytes: files.reduce((sum, f) => sum + statSync(join(dir, String(f))).size, 0),
  };
}
/** @param {string} dir @returns {number} page files (.md, .mdx) under dir */
function countSources(dir) {
  return readdirSync(dir, { recursive: true }).filter((f) => /\.mdx?$/.test(String(f))).length;
}

/**
 * `astro build --root <projectRoot> --outDir <out>` with this Node, output kept for errors.
 * Timed by bash's `time`, which also gives the processor time of the build and of the
 * programs it starts (Pagefind): other work on the machine lengthens the wall-clock time but
 * hardly the processor time, so that is the figure to compare between the two builds.
 *
 * @returns {Promise<{ seconds: number, cpu: number | undefined }>}
 */
function build(/** @type {string} */ projectRoot, /** @type {string} */ out) {
  rmSync(out, { recursive: true, force: true });
  const command = [
    process.execPath,
    join(root, 'node_modules/astro/bin/astro.mjs'),
    'build',
    '--root',
    projectRoot,
    '--outDir',
    out,
  ];
  const bash = existsSync('/bin/bash');
  const started = performance.now();
  const child = bash
    ? spawn('/bin/bash', ['-c', 'TIMEFORMAT="bench-cpu %U %S"; time "$@"', 'bench', ...command], {
        cwd: projectRoot,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, FORCE_COLOR: '0' },
      })
    : spawn(command[0] ?? '', command.slice(1), {
        cwd: projectRoot,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, FORCE_COLOR: '0' },
      });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) {
        const times = output.match(/^bench-cpu ([\d.]+) ([\d.]+)$/m);
        resolve({
          seconds: (performance.now() - started) / 1000,
          cpu: times ? Number(times[1]) + Number(times[2]) : undefined,
        });
      } else {
        console.error(output.split('\n').slice(-40).join('\n'));
        reject(new Error(`astro build of ${projectRoot} failed (exit ${code})`));
      }
    });
  });
}

/** @type {{ name: string, sources: number, html: number, htmlBytes: number, seconds: number, cpu: number | undefined }[]} */
const builds = [];
/** @param {string} name @param {string} projectRoot @param {string} out */
async function measureBuild(name, projectRoot, out) {
  const { seconds, cpu } = await build(projectRoot, out);
  const html = htmlFiles(out);
  builds.push({
    name,
    sources: countSources(join(projectRoot, 'content/docs')),
    html: html.count,
    htmlBytes: html.bytes,
    seconds,
    cpu,
  });
  log(
    `built in ${seconds.toFixed(1)} s (${cpu === undefined ? '?' : cpu.toFixed(1)} s of processor time)`,
  );
}
try {
  log('building the site to dist-bench/ …');
  await measureBuild('real site', root, outDir);
  if (!values['skip-synthetic']) {
    const { copyProject, multiplyPages } = await import('./bench/synthetic.mjs');
    log(`making the synthetic copy (×${factor} pages) in .bench/ …`);
    copyProject(root, copyDir);
    if (!values.keep) cleanups.push(() => rmSync(copyDir, { recursive: true, force: true }));
    multiplyPages(join(copyDir, 'content/docs'), factor);
    log('building it …');
    await measureBuild(`synthetic ×${factor}`, copyDir, join(copyDir, 'dist'));
  }
} catch (error) {
  await cleanUp();
  throw error;
}

// ---------------------------------------------------------------------------------------------
// 2. Serve and weigh

const server = spawn(
  process.execPath,
  [join(root, 'scripts/serve.mjs'), '--dir', outDir, '--port', values.port, '--gzip'],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);
cleanups.push(() => server.kill());
let serverExit = /** @type {number | null | undefined} */ (undefined);
server.on('exit', (code) => (serverExit = code));
for (let i = 0; ; i++) {
  if (serverExit !== undefined) {
    await cleanUp();
    throw new Error(
      `scripts/serve.mjs stopped (exit ${serverExit}): is port ${values.port} taken?`,
    );
  }
  const ok = await fetch(`${origin}/`).then(
    (r) => r.ok,
    () => false,
  );
  if (ok) break;
  if (i > 100) {
    await cleanUp();
    throw new Error(`scripts/serve.mjs did not answer on ${origin}`);
  }
  await new Promise((r) => setTimeout(r, 100));
}

/**
 * @typedef {{ type: string, lang: string, path: string, widget?: boolean, search?: string }} Target
 * @type {Target[]}
 */
const targets = [{ type: 'language chooser', lang: '—', path: '/' }];
const words = { fr: 'retour', ar: 'العودة' };
const kinds = [
  { type: 'home', path: '' },
  { type: 'guidance page', path: 'migrants/vos-options/' },
  { type: 'long guidance page', path: 'praticiens/avrr/' },
  { type: 'tool: options explorer', path: 'outils/explorateur/', widget: true },
  { type: 'tool: return eligibility', path: 'outils/eligibilite-avrr/', widget: true },
  { type: 'search (open + 1 query)', path: 'migrants/vos-options/', search: true },
];
for (const kind of kinds) {
  for (const lang of /** @type {const} */ (['fr', 'ar'])) {
    targets.push({
      type: kind.type,
      lang,
      path: `/${lang}/${kind.path}`,
      widget: kind.widget,
      search: kind.search ? words[lang] : undefined,
    });
  }
}

const { chromium, devices } = await import('@playwright/test');
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
cleanups.push(() => browser.close());

/** @param {string} path @returns {string} the built HTML file of an address */
const builtFile = (path) => join(outDir, path, 'index.html');

/** @type {Map<Target, { summary: ReturnType<typeof summarize>, floor: number | undefined }>} */
const weights = new Map();
/** @type {Map<string, number | undefined>} floor bytes by path */
const floors = new Map();
try {
  const blank = await browser.newPage();
  for (const target of targets) {
    if (floors.has(target.path)) continue;
    const floor = await blank.evaluate(floorDocument, readFileSync(builtFile(target.path), 'utf8'));
    floors.set(target.path, floor === null ? undefined : gzipSize(floor));
  }
  await blank.close();

  for (const target of targets) {
    log(`weighing ${target.path}${target.search ? ` + search "${target.search}"` : ''}`);
    const context = await browser.newContext({ ...devices['Desktop Chrome'] });
    const page = await context.newPage();
    const loaded = await firstLoad(page, `${origin}${target.path}`);
    const { recorder } = loaded;
    let { entries } = loaded;
    if (target.widget) {
      await page.waitForSelector('astro-island:not([ssr])', { state: 'attached', timeout: 15_000 });
      entries = [...entries, ...(await recorder.take())];
    }
    if (target.search) {
      await page.locator('[data-open-search]').click();
      await page.getByRole('dialog').getByRole('searchbox').fill(target.search);
      await page.locator('.search-results li').first().waitFor({ timeout: 15_000 });
      entries = await recorder.take();
    }
    weights.set(target, { summary: summarize(entries), floor: floors.get(target.path) });
    await context.close();
  }
} catch (error) {
  await cleanUp();
  throw error;
}
await browser.close();

// ---------------------------------------------------------------------------------------------
// 3. Lighthouse

/** @type {Map<string, Record<string, number | undefined>>} median score by path and category */
const scores = new Map();
const categories = ['performance', 'accessibility', 'best-practices'];
/** Lighthouse's measure of the machine's speed, one per run (see the header). */
const benchmarkIndexes = /** @type {number[]} */ ([]);
if (runs > 0) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', ...chromiumArgs],
  });
  cleanups.push(() => chrome.kill());
  /** One Lighthouse run; a run whose trace failed (it happens on a busy machine) is tried again once. */
  const audit = async (/** @type {string} */ url) => {
    for (let attempt = 1; ; attempt++) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: categories,
        // Screenshots weigh nothing in the scores and take time.
        disableFullPageScreenshot: true,
        skipAudits: ['screenshot-thumbnails', 'final-screenshot'],
      });
      const lhr = result?.lhr;
      const failed =
        !lhr || lhr.runtimeError || categories.some((c) => lhr.categories[c]?.score == null);
      if (!failed || attempt === 2) return lhr;
      log(`  ${lhr?.runtimeError?.code ?? 'no score'}: trying again`);
    }
  };
  try {
    const paths = [...new Set(targets.filter((t) => !t.search).map((t) => t.path))];
    for (const [i, path] of paths.entries()) {
      /** @type {Record<string, number[]>} */
      const byCategory = Object.fromEntries(categories.map((c) => [c, []]));
      for (let run = 1; run <= runs; run++) {
        log(`Lighthouse ${i + 1}/${paths.length} ${path}, run ${run}/${runs}`);
        const lhr = await audit(`${origin}${path}`);
        if (lhr?.environment?.benchmarkIndex) benchmarkIndexes.push(lhr.environment.benchmarkIndex);
        for (const c of categories) {
          const score = lhr?.categories[c]?.score;
          if (typeof score === 'number') byCategory[c]?.push(Math.round(score * 100));
        }
      }
      scores.set(path, Object.fromEntries(categories.map((c) => [c, median(byCategory[c] ?? [])])));
    }
  } catch (error) {
    await cleanUp();
    throw error;
  }
}
await cleanUp();

/** @param {number[]} list @returns {number | undefined} */
function median(list) {
  if (list.length === 0) return undefined;
  const sorted = [...list].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? sorted[mid]
    : Math.round(((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2);
}

// ---------------------------------------------------------------------------------------------
// 4. Tables

/** @param {string[]} head @param {(string | number)[][]} rows @param {string[]} align 'l' or 'r' per column */
function table(head, rows, align) {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(3, ...cells.map((r) => (r[i] ?? '').length)));
  const line = (/** @type {string[]} */ r) =>
    `| ${r.map((c, i) => (align[i] === 'r' ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (align[i] === 'r' ? `${'-'.repeat(w + 1)}:` : `:${'-'.repeat(w + 1)}`)).join('|')}|`;
  return [line(head), rule, ...cells.slice(1).map(line)].join('\n');
}

const show = (/** @type {number | undefined} */ n) => (n === undefined ? '—' : String(n));
const pageRows = targets.map((target) => {
  const { summary, floor } = /** @type {NonNullable<ReturnType<typeof weights.get>>} */ (
    weights.get(target)
  );
  const { byKind } = summary;
  const other = byKind.font + byKind.image + byKind.data;
  const lh = target.search ? undefined : scores.get(target.path);
  return [
    target.type,
    target.lang,
    target.path,
    summary.requests,
    kb(byKind.html),
    kb(byKind.css),
    kb(byKind.js),
    kb(byKind.wasm),
    kb(other),
    kb(summary.total),
    floor === undefined ? '—' : kb(floor),
    floor === undefined ? '—' : (summary.total / floor).toFixed(1),
    show(lh?.performance),
    show(lh?.accessibility),
    show(lh?.['best-practices']),
  ];
});

const seconds = (/** @type {number | undefined} */ n) => (n === undefined ? '—' : n.toFixed(1));
const buildRows = builds.map((b) => [
  b.name,
  b.sources,
  b.html,
  (b.htmlBytes / b.html / 1000).toFixed(1),
  seconds(b.seconds),
  seconds(b.cpu),
  (((b.cpu ?? b.seconds) / b.html) * 1000).toFixed(0),
]);
const [real, synthetic] = builds;
/**
 * Linear growth: the copy takes at most (pages ratio) times the real site's processor time.
 * Less is expected, as start-up and bundling are paid once whatever the number of pages.
 */
let growth = '';
if (real && synthetic) {
  const pages = synthetic.html / real.html;
  const useCpu = real.cpu !== undefined && synthetic.cpu !== undefined;
  const time = useCpu
    ? /** @type {number} */ (synthetic.cpu) / /** @type {number} */ (real.cpu)
    : synthetic.seconds / real.seconds;
  growth =
    `${pages.toFixed(1)}× the HTML pages took ${time.toFixed(1)}× the ${useCpu ? 'processor time' : 'time'}: ` +
    (time <= pages
      ? 'build time grows at most linearly with the pages.'
      : 'build time grows FASTER than the pages.') +
    ` An HTML page weighs ${(real.htmlBytes / real.html / 1000).toFixed(1)} KB in the real site and ` +
    `${(synthetic.htmlBytes / synthetic.html / 1000).toFixed(1)} KB in the copy (the navigation lists every page).`;
}
const load = loadavg()[0] ?? 0;
const busy =
  load > cpus().length
    ? ` — BUSY: times and Lighthouse performance scores are unreliable; run again on an idle machine`
    : '';
if (benchmarkIndexes.length) {
  header.push(
    `- Lighthouse benchmark index (machine speed, median): ${median(benchmarkIndexes.map(Math.round))}`,
  );
}
header.push(`- Load average at start / end: ${startLoad.toFixed(1)} / ${load.toFixed(1)}${busy}`);

console.log(
  [
    ...header,
    '',
    '## Pages',
    '',
    'Cold load, every response body at gzip -9, in KB (1 KB = 1000 bytes); inline scripts count in HTML.',
    `Lighthouse: mobile, median of ${runs} run${runs === 1 ? '' : 's'} (performance, accessibility, best practices, 0–100).`,
    '',
    table(
      [
        'page',
        'lang',
        'path',
        'req',
        'HTML',
        'CSS',
        'JS',
        'WASM',
        'other',
        'total',
        'floor',
        '×floor',
        'perf',
        'a11y',
        'BP',
      ],
      pageRows,
      ['l', 'l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
    '',
    '- floor: gzip -9 of the page’s bare semantic HTML (its <main> in a minimal document; see scripts/bench/floor.mjs); ×floor = total / floor.',
    '- search: what opening the search and one query add to the guidance page (fr "retour", ar "العودة"); its floor is the guidance page’s.',
    '- other: fonts, images and data (search index and fragments, manifests).',
    '',
    '## Builds',
    '',
    table(
      [
        'build',
        'source pages',
        'HTML pages',
        'raw KB per HTML page',
        'seconds',
        'processor s',
        'processor ms per HTML page',
      ],
      buildRows,
      ['l', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
    '',
    growth,
  ].join('\n'),
);
