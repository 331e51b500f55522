// The guides are all part of the site and all reachable from the README, and no relative link between them is broken
// (TypeDoc validates the links it renders; this also covers the README as GitHub shows it).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './examples.js';

const guides = readdirSync(join(ROOT, 'docs'))
  .filter((file) => file.endsWith('.md'))
  .map((file) => `docs/${file}`)
  .sort();
const typedoc = JSON.parse(readFileSync(join(ROOT, 'typedoc.json'), 'utf8')) as {
  projectDocuments: string[];
  sourceLinkTemplate: string;
};
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  repository: { url: string };
  homepage: string;
};
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** Relative Markdown links (`[text](./x.md#anchor)`) of a file, with their lines. */
function relativeLinks(file: string): { line: number; target: string }[] {
  return readFileSync(join(ROOT, file), 'utf8')
    .split('\n')
    .flatMap((text, index) =>
      [...text.matchAll(/\]\(([^)\s]+)\)/g)]
        .map(([, target]) => target ?? '')
        .filter((target) => !/^[a-z]+:/i.test(target) && !target.startsWith('#'))
        .map((target) => ({ line: index + 1, target })),
    );
}

describe('the guides', () => {
  it('are all in the TypeDoc site, in the order typedoc.json gives', () => {
    expect([...typedoc.projectDocuments].sort()).toEqual(guides);
  });

  it('are all linked from the README', () => {
    const missing = guides.filter((guide) => !readme.includes(`](${guide})`));
    expect(missing).toEqual([]);
  });

  it('link only to files that exist', () => {
    const broken = ['README.md', ...guides].flatMap((file) =>
      relativeLinks(file)
        .filter(({ target }) => !existsSync(join(ROOT, dirname(file), target.split('#')[0] ?? '')))
        .map(({ line, target }) => `${file}:${line} ${target}`),
    );
    expect(broken).toEqual([]);
  });
});

describe('the repository', () => {
  it('is the one package.json names, and the reference\'s "Defined in" links point into it', () => {
    const repository = manifest.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
    expect(repository).toMatch(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/);
    expect(typedoc.sourceLinkTemplate.startsWith(`${repository}/blob/`)).toBe(true);
    expect(manifest.homepage.startsWith(repository)).toBe(true);
  });
});
