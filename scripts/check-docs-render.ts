// Builds the documentation site and opens it in headless Chromium, the way a reader would: serves docs/api/ on
// 127.0.0.1, loads guide pages and API pages, and checks that their content rendered (titles, code blocks, the
// channel matrix, the limits table, an API class page, the navigation that TypeDoc's scripts build). Saves
// screenshots to docs/screenshots/ (not committed: they are rebuilt with the site).
//
// Usage: npm run docs:check              (builds with `npm run docs`, then checks)
//        npm run docs:check -- --no-build  (checks the site already in docs/api/)
// Needs Debian's `chromium` (apt-get install chromium) or CHROMIUM_PATH. Without it, it says so and exits 0 on a
// developer's machine (only Node and npm needed to contribute), but fails in CI (CI=true), where .ci/run installs
// Chromium: a render check that cannot run there must not pass silently. The vitest suite never needs a browser.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { CHANNELS } from '../src/index.js';
import { ROOT } from './generate-docs.js';

const SITE = join(ROOT, 'docs/api');
const SCREENSHOTS = join(ROOT, 'docs/screenshots');
const BROWSER_TIMEOUT_MS = 60_000;

/** A page of the site and what must be on it once rendered. */
interface PageCheck {
  /** Relative to the site; API pages may carry a module prefix (`classes/index.ApiError.html`), found on disk. */
  readonly path: string;
  readonly title: string;
  /** Each must occur in the rendered DOM. */
  readonly contains: readonly (string | RegExp)[];
  /** None may occur in the rendered DOM (e.g. type machinery that must stay out of the reference). */
  readonly absent?: readonly (string | RegExp)[];
  /** Every table and code block must fit the content column at the check's window width (no sideways scroll). */
  readonly fits?: boolean;
  /** Saved as docs/screenshots/<name>.png when given. */
  readonly screenshot?: string;
}

/** The content column must be at least this wide at the check's window width, for examples and the matrix. */
export const MIN_CONTENT_WIDTH = 720;

/** Type machinery users never write: `@internal`, so no page, link or entry of the reference may name it. */
const MACHINERY = [
  'CountsBelow',
  'SuccessorTable',
  'Increment',
  'SectionRefusal',
  'WithinLength',
  'CardOf',
].map((name) => new RegExp(`>${name}<`));

const PAGES: readonly PageCheck[] = [
  {
    path: 'index.html',
    title: '8x8-chatapps',
    contains: [/<pre><code class="ts?/, 'Getting started', 'Channels and rules', 'The shape of a chain'],
    fits: true,
    screenshot: 'home',
  },
  {
    path: 'documents/Getting_started.html',
    title: 'Getting started',
    contains: ['<h1', 'Your first message, against the sandbox', /<pre><code class="ts/, 'startSandbox'],
    fits: true,
  },
  {
    path: 'documents/Channels_and_rules.html',
    title: 'Channels and rules',
    // The generated matrix: one header cell per channel, a row per content type.
    contains: [
      '<table',
      ...CHANNELS.map((channel) => `<th>${channel}</th>`),
      '<code>carousel</code>',
      'id="rule-first-channel-carries"',
      '✗ WhatsApp, the first channel, cannot carry carousels',
    ],
    fits: true,
    screenshot: 'channels',
  },
  {
    path: 'documents/Limits.html',
    title: 'Limits',
    contains: ['<table', 'LIMITS.interactive', 'buttonTitleMaxLength', 'maxMessages'],
  },
  {
    path: 'documents/Errors_and_retries.html',
    title: 'Errors and retries',
    contains: ['<table', 'HTTP 429 Too Many Requests', 'retry.maxRetryAfterMs'],
  },
  {
    // The main entry's page: the exports in groups, in the order typedoc.json gives, and no type machinery.
    path: 'modules/8x8-chatapps.html',
    title: '8x8-chatapps',
    contains: [
      /<h2[^>]*>Builders/,
      /<h2[^>]*>Client/,
      /<h2[^>]*>Transports and sandbox/,
      /<h2[^>]*>Wire schemas and parseMessage/,
      /<h2[^>]*>Errors/,
      /<h2[^>]*>Channels and limits/,
      '>Message<',
      '>createClient<',
    ],
    absent: [...MACHINERY, /<h2[^>]*>Type Aliases/, /<h2[^>]*>Interfaces/],
    screenshot: 'groups',
  },
  {
    path: 'modules/8x8-chatapps_sandbox.html',
    title: 'sandbox',
    contains: ['startSandbox', 'SandboxEngine', /<h2[^>]*>Transports and sandbox/],
  },
  {
    // Message.to, toLineUser and toChannelUser: each a section with its signature and example.
    path: 'modules/8x8-chatapps.Message.html',
    title: 'Message',
    contains: ['Namespace Message', 'toLineUser', 'toChannelUser', /id="to"/, /<pre><code class="ts/],
    fits: true,
    screenshot: 'message',
  },
  {
    path: 'functions/8x8-chatapps.Message.to.html',
    title: 'to',
    contains: ['Function to', 'msisdn', 'country', /<pre><code class="ts/],
  },
  {
    path: 'classes/ApiError.html',
    title: 'ApiError',
    contains: ['Class ApiError', 'mayHaveBeenAccepted', /<pre><code class="ts/, 'Example'],
    screenshot: 'api-class',
  },
  {
    path: 'functions/createClient.html',
    title: 'createClient',
    contains: ['Function createClient', 'ClientOptions', /<pre><code class="ts/],
  },
];

/** Chromium's executable, or `undefined` when none is installed. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidates = [env['CHROMIUM_PATH'], 'chromium', 'chromium-browser', 'google-chrome'].filter(
    (name): name is string => name !== undefined && name !== '',
  );
  for (const name of candidates) {
    if (name.includes('/')) {
      if (existsSync(name)) return name;
      continue;
    }
    const found = spawnSync('which', [name], { encoding: 'utf8', env });
    if (found.status === 0 && found.stdout.trim() !== '') return found.stdout.trim();
  }
  return undefined;
}

/** What the check does when no Chromium is found: skip on a developer's machine, fail in CI (`CI` set, not `false`). */
export function withoutChromium(env: NodeJS.ProcessEnv = process.env): { code: 0 | 1; message: string } {
  const missing = 'no Chromium found (install Debian\'s "chromium" package, or set CHROMIUM_PATH)';
  const inCi = env['CI'] !== undefined && env['CI'] !== '' && env['CI'] !== 'false';
  return inCi
    ? {
        code: 1,
        message: `docs:check failed: ${missing}. In CI the render check must run: .ci/run installs it.`,
      }
    : { code: 0, message: `docs:check skipped: ${missing}. The test suite does not need it; CI runs it.` };
}

/** The window the check renders in: a common laptop width, where the reference must read without scrolling sideways. */
const WINDOW = '1280,900';

/** What the measuring script (served into every page) reports of the rendered layout. */
export interface Layout {
  /** Width of the content column, in CSS pixels. */
  readonly contentWidth: number;
  /** For each table of the content column that does not fit it: how many pixels it sticks out. */
  readonly overflowingTables: readonly number[];
  /** Code blocks that need a horizontal scroll bar. */
  readonly overflowingCode: number;
}

/**
 * Measures the page once TypeDoc's scripts have shown it, and writes the result into the DOM as
 * `<script type="application/json" id="render-check-layout">`, where `--dump-dom` carries it out.
 */
const MEASURE_LAYOUT = `<script>
addEventListener('load', () => setTimeout(() => {
  const content = document.querySelector('.col-content');
  const sticksOut = (element) => element.scrollWidth - element.clientWidth;
  const layout = {
    contentWidth: content ? Math.round(content.getBoundingClientRect().width) : 0,
    overflowingTables: [...document.querySelectorAll('.col-content table')].map(sticksOut).filter((px) => px > 1),
    overflowingCode: [...document.querySelectorAll('.col-content pre')].filter((pre) => sticksOut(pre) > 1).length,
  };
  const report = document.createElement('script');
  report.type = 'application/json';
  report.id = 'render-check-layout';
  report.textContent = JSON.stringify(layout);
  document.body.append(report);
}, 1500));
</script>`;

/** The layout the measuring script reported in a dumped DOM, or `undefined` when it did not run. */
export function readLayout(dom: string): Layout | undefined {
  const json = /<script type="application\/json" id="render-check-layout">([^<]*)<\/script>/.exec(dom)?.[1];
  return json === undefined ? undefined : (JSON.parse(json) as Layout);
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/** Serves the site on 127.0.0.1, as a web host would. */
async function serve(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    let file = join(root, path);
    if (!file.startsWith(root + sep) && file !== root) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
    const body = readFileSync(file);
    response.end(
      extname(file) === '.html' ? body.toString('utf8').replace('</body>', `${MEASURE_LAYOUT}</body>`) : body,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Runs headless Chromium once; kills it (by its own pid) if it outlives the time limit. */
function chromium(
  executable: string,
  args: readonly string[],
): Promise<{ code: number | null; stdout: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'docs-check-chromium-'));
  return new Promise((resolve, reject) => {
    const child = spawn(
      executable,
      [
        '--headless',
        '--no-sandbox', // the render check may run as root (containers, CI images)
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--hide-scrollbars',
        `--user-data-dir=${profile}`,
        '--virtual-time-budget=5000', // let TypeDoc's scripts build the navigation before the dump
        `--window-size=${WINDOW}`,
        ...args,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr.resume();
    const timer = setTimeout(() => child.kill('SIGKILL'), BROWSER_TIMEOUT_MS);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      rmSync(profile, { recursive: true, force: true });
      resolve({ code, stdout });
    });
  });
}

/**
 * The file of a page: `classes/ApiError.html` is `classes/index.ApiError.html` when TypeDoc keeps the entry point as
 * a module (it does when the site has project documents).
 */
export function resolvePage(site: string, path: string): string {
  if (existsSync(join(site, path))) return path;
  const slash = path.lastIndexOf('/');
  const directory = path.slice(0, slash);
  const name = path.slice(slash + 1);
  const prefixed = existsSync(join(site, directory))
    ? readdirSync(join(site, directory)).find((file) => file.endsWith(`.${name}`))
    : undefined;
  return prefixed === undefined ? path : `${directory}/${prefixed}`;
}

/** What is wrong with a page's layout at the check's window width (empty when it is fine). */
export function layoutProblems(layout: Layout | undefined): string[] {
  if (layout === undefined) return ['the layout was not measured (the measuring script did not run)'];
  const problems: string[] = [];
  if (layout.contentWidth < MIN_CONTENT_WIDTH) {
    problems.push(
      `the content column is ${layout.contentWidth}px wide at ${WINDOW}, less than ${MIN_CONTENT_WIDTH}px`,
    );
  }
  for (const px of layout.overflowingTables) {
    problems.push(`a table (the channel matrix?) is ${px}px wider than the content column: it overflows`);
  }
  if (layout.overflowingCode > 0) {
    problems.push(
      `${layout.overflowingCode} code block(s) need a horizontal scroll bar in the content column`,
    );
  }
  return problems;
}

/** The problems of one rendered page (empty when it is fine). */
export function checkPage(page: PageCheck, dom: string): string[] {
  const problems: string[] = [];
  const title = /<title>([^<]*)<\/title>/.exec(dom)?.[1] ?? '';
  if (!title.includes(page.title))
    problems.push(`title is "${title}", expected it to contain "${page.title}"`);
  const occurs = (pattern: string | RegExp) =>
    typeof pattern === 'string' ? dom.includes(pattern) : pattern.test(dom);
  for (const expected of page.contains) {
    if (!occurs(expected)) problems.push(`does not contain ${String(expected)}`);
  }
  for (const unwanted of page.absent ?? []) {
    if (occurs(unwanted)) problems.push(`contains ${String(unwanted)}, which must stay out of the reference`);
  }
  if (page.fits === true) problems.push(...layoutProblems(readLayout(dom)));
  // TypeDoc's navigation is built by its scripts: a page whose sidebar lists the guides has run them.
  if (!/<nav[^>]*tsd-navigation[\s\S]*Getting started/.test(dom)) {
    problems.push(
      'the navigation did not render (TypeDoc scripts did not run, or the guides are missing from it)',
    );
  }
  return problems;
}

async function main(argv: readonly string[]): Promise<number> {
  const executable = findChromium();
  if (executable === undefined) {
    const { code, message } = withoutChromium();
    (code === 0 ? console.log : console.error)(message);
    return code;
  }
  if (!argv.includes('--no-build')) {
    console.log('Building the site: npm run docs');
    try {
      execFileSync('npm', ['run', 'docs'], { cwd: ROOT, stdio: 'inherit' });
    } catch {
      console.error(
        'docs:check: the site did not build (npm run docs failed, see above); nothing was checked.',
      );
      return 1;
    }
  }
  if (!existsSync(join(SITE, 'index.html'))) {
    console.error(`No site in ${SITE}: run npm run docs first (or drop --no-build).`);
    return 1;
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  const site = await serve(SITE);
  let failures = 0;
  try {
    for (const page of PAGES) {
      const url = `${site.url}/${resolvePage(SITE, page.path)}`;
      const { code, stdout } = await chromium(executable, ['--dump-dom', url]);
      const problems = code === 0 ? checkPage(page, stdout) : [`chromium exited with ${code}`];
      if (page.screenshot !== undefined && problems.length === 0) {
        const file = join(SCREENSHOTS, `${page.screenshot}.png`);
        await chromium(executable, [`--screenshot=${file}`, url]);
        if (!existsSync(file)) problems.push(`no screenshot was written to ${file}`);
      }
      failures += problems.length === 0 ? 0 : 1;
      console.log(`${problems.length === 0 ? '✓' : '✗'} ${page.path}`);
      for (const problem of problems) console.log(`    ${problem}`);
    }
  } finally {
    await site.close();
  }
  console.log(
    failures === 0
      ? `All ${PAGES.length} pages rendered with their content; screenshots in docs/screenshots/.`
      : `${failures} of ${PAGES.length} pages did not render as expected.`,
  );
  return failures === 0 ? 0 : 1;
}

if (process.argv[1] !== undefined && import.meta.filename === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
}
