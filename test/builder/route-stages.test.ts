// src/builder/route-stages.ts is written by scripts/generate-route-stages.ts from the capability table: the committed
// file must be what the script writes today, byte for byte, so a changed capability or step cannot leave it stale.
import { describe, expect, it } from 'vitest';
import { GENERATE_COMMAND, ROUTE_STAGES_PATH, routeStagesFile } from '../../scripts/generate-route-stages.js';

describe('generated route stages', () => {
  it(`${ROUTE_STAGES_PATH} is what the generator writes`, () => {
    const { current, expected } = routeStagesFile();
    expect(current, `${ROUTE_STAGES_PATH} is stale: run \`${GENERATE_COMMAND}\` and commit the result`).toBe(
      expected,
    );
  });
});
