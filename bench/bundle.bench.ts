// Bundle size of what an app carries from the library (bench/fixtures/bundle.ts): esbuild, minified, one ESM file
// for the platform-neutral target, gzip -9; against the floor, the same send written by hand with ky and valibot.
// Sizes are exact (no rounds needed): the same sources and esbuild version give the same bytes.
//
//   npm run bench -- bundle
import { BUNDLE_APPS, bundleSizes } from './fixtures/bundle.js';

/** The aims of issue 10, gzipped bytes. */
const AIMS: Readonly<Record<string, number>> = {
  'client + one text': 14_000,
  'builder only': 5_000,
};
const FLOOR = 'floor: ky + valibot by hand';

const sizes = await bundleSizes();
const floor = sizes.find((size) => size.name === FLOOR)!;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const rows = [['app', 'minified', 'gzip -9', '÷ floor', 'aim', '']];
for (const size of sizes) {
  const aim = AIMS[size.name];
  rows.push([
    size.name,
    kb(size.minified),
    kb(size.gzipped),
    `${(size.gzipped / floor.gzipped).toFixed(2)}×`,
    aim === undefined ? '' : `≤ ${kb(aim)}`,
    aim === undefined ? '' : size.gzipped <= aim ? 'MET' : 'NOT MET',
  ]);
}
const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
console.log(
  'Bundles: esbuild, minified, ESM, platform neutral (every app bundled without Node built-ins), gzip -9.\n',
);
console.log(
  rows
    .map((row) =>
      row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '),
    )
    .join('\n'),
);
console.log('');
for (const app of BUNDLE_APPS) console.log(`${app.name}: ${app.what}`);
