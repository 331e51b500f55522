// The render check's own logic, without a browser (CI machines have none): what counts as a rendered page, and how
// Chromium is found. `npm run docs:check` runs the real thing in headless Chromium.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkPage,
  findChromium,
  layoutProblems,
  MIN_CONTENT_WIDTH,
  readLayout,
  resolvePage,
  withoutChromium,
} from '../../scripts/check-docs-render.js';

const page = {
  path: 'documents/Limits.html',
  title: 'Limits',
  contains: ['<table', /interactive\.\w+MaxLength/],
};
const navigation =
  '<nav class="tsd-navigation"><a href="documents/Getting_started.html">Getting started</a></nav>';

describe('docs render check', () => {
  it('accepts a page with its title, its content and the navigation TypeDoc scripts build', () => {
    const dom = `<html><head><title>Limits | 8x8-chatapps</title></head><body>${navigation}<table><tr><td>interactive.buttonTitleMaxLength</td></tr></table></body></html>`;
    expect(checkPage(page, dom)).toEqual([]);
  });

  it('names what is missing: wrong title, missing content, navigation not rendered', () => {
    const dom =
      '<html><head><title>Not found</title></head><body><nav class="tsd-navigation"></nav></body></html>';
    const problems = checkPage(page, dom);
    expect(problems).toHaveLength(4);
    expect(problems[0]).toContain('title is "Not found"');
    expect(problems.at(-1)).toContain('navigation did not render');
  });

  it('uses CHROMIUM_PATH when it points at a file, and reports none when nothing is installed', () => {
    expect(findChromium({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
    expect(findChromium({ CHROMIUM_PATH: '/nonexistent/chromium', PATH: '/nonexistent' })).toBeUndefined();
  });

  it('without Chromium, skips on a developer machine but fails in CI', () => {
    expect(withoutChromium({}).code).toBe(0);
    expect(withoutChromium({ CI: 'false' }).code).toBe(0);
    expect(withoutChromium({ CI: 'true' })).toEqual({ code: 1, message: expect.stringContaining('failed') });
  });
});

describe('docs render check layout', () => {
  const report = (layout: object) =>
    `<body><script type="application/json" id="render-check-layout">${JSON.stringify(layout)}</script></body>`;

  it('reads the layout the measuring script wrote into the page', () => {
    const layout = { contentWidth: 800, overflowingTables: [], overflowingCode: 0 };
    expect(readLayout(report(layout))).toEqual(layout);
    expect(readLayout('<body></body>')).toBeUndefined();
  });

  it('fails a matrix that overflows, a narrow content column, code that scrolls, or an unmeasured page', () => {
    expect(layoutProblems({ contentWidth: 800, overflowingTables: [], overflowingCode: 0 })).toEqual([]);
    const problems = layoutProblems({
      contentWidth: MIN_CONTENT_WIDTH - 1,
      overflowingTables: [82],
      overflowingCode: 2,
    });
    expect(problems).toHaveLength(3);
    expect(problems[1]).toContain('82px wider than the content column');
    expect(layoutProblems(undefined)).toEqual([expect.stringContaining('not measured')]);
  });
});

describe('docs render check page paths', () => {
  it('finds an API page with or without the module prefix TypeDoc adds', () => {
    const site = mkdtempSync(join(tmpdir(), 'site-'));
    try {
      mkdirSync(join(site, 'classes'));
      writeFileSync(join(site, 'classes', 'index.ApiError.html'), '');
      writeFileSync(join(site, 'classes', 'Secret.html'), '');
      expect(resolvePage(site, 'classes/ApiError.html')).toBe('classes/index.ApiError.html');
      expect(resolvePage(site, 'classes/Secret.html')).toBe('classes/Secret.html');
      expect(resolvePage(site, 'classes/Missing.html')).toBe('classes/Missing.html');
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});
