// The generated parts of the guides (channel matrix, limits tables) must match the source they are generated from.
import { describe, expect, it } from 'vitest';
import { GENERATE_COMMAND, generatedFiles } from '../../scripts/generate-docs.js';

describe('generated documentation', () => {
  for (const file of generatedFiles()) {
    it(`${file.path} is up to date`, () => {
      const message = `${file.path} is stale: run \`${GENERATE_COMMAND}\` and commit the result`;
      expect(file.current, message).toBe(file.expected);
    });
  }

  it('the channel matrix has a row for every content type and a column for every channel', async () => {
    const { CHANNELS, CONTENT_TYPES } = await import('../../src/index.js');
    const channels = generatedFiles().find(({ path }) => path === 'docs/channels.md');
    const header = channels?.expected.split('\n').find((line) => line.startsWith('| `type` / feature |'));
    expect(header).toBe(`| \`type\` / feature | ${CHANNELS.join(' | ')} |`);
    for (const type of CONTENT_TYPES) expect(channels?.expected).toContain(`| \`${type}\` |`);
  });

  it('the limits tables list every key of LIMITS and BATCH_LIMITS with its value', async () => {
    const { BATCH_LIMITS, LIMITS } = await import('../../src/index.js');
    const limits = generatedFiles().find(({ path }) => path === 'docs/limits.md')?.expected ?? '';
    for (const [group, values] of Object.entries(LIMITS)) {
      // Each group is a section that names its path; each key a row of that section.
      const section = limits.split('\n### ').find((part) => part.includes(`Keys of \`LIMITS.${group}\`:`));
      expect(section, `no section for LIMITS.${group}`).toBeDefined();
      for (const key of Object.keys(values)) expect(section).toContain(`\`${key}\``);
    }
    for (const key of Object.keys(BATCH_LIMITS)) expect(limits).toContain(`\`${key}\``);
  });
});
