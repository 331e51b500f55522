// Bundle size of what an app carries from the library (bench/fixtures/bundle.ts): esbuild, minified, ESM for the
// platform-neutral target, split into chunks where the code imports on demand, gzip -9 of each chunk; against the
// floor, the same send written by hand with ky and valibot. "Loaded at start" is the app's entry chunk and what it
// imports statically; "all chunks" adds what it may load on demand. Sizes are exact (no rounds needed): the same
// sources and esbuild version give the same bytes.
//
//   npm run bench -- bundle
//   BUNDLE_MODULES=1 npm run bench -- bundle     # and what each module puts in each app
import { recordAim } from './fixtures/aims.js';
import { BUNDLE_APPS, bundleSizes } from './fixtures/bundle.js';

/** The aims of issue 10, gzipped bytes loaded at start. */
const AIMS: Readonly<Record<string, number>> = {
  'client + one text': 14_000,
  'builder only': 5_000,
};
const FLOOR = 'floor: ky + valibot by hand';

const byModule = process.env['BUNDLE_MODULES'] === '1' || process.argv.includes('--modules');
const sizes = await bundleSizes(undefined, { gzipShares: byModule });
const floor = sizes.find((size) => size.name === FLOOR)!;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** Prints rows as columns: the first left-aligned, the rest right-aligned. */
function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

const rows = [['app', 'minified', 'gzip -9', '÷ floor', 'all chunks gzip', 'aim', '']];
for (const size of sizes) {
  const aim = AIMS[size.name];
  rows.push([
    size.name,
    kb(size.minified),
    kb(size.gzipped),
    `${(size.gzipped / floor.gzipped).toFixed(2)}×`,
    kb(size.gzippedAllChunks),
    aim === undefined ? '' : `≤ ${kb(aim)}`,
    aim === undefined ? '' : size.gzipped <= aim ? 'MET' : 'NOT MET',
  ]);
}
console.log(
  'Bundles: esbuild, minified, ESM, platform neutral (every app bundled without Node built-ins), split where the\n' +
    'code imports on demand, gzip -9 of each chunk. minified, gzip -9: what the app loads at start; all chunks: with\n' +
    'what it loads on demand.\n',
);
console.log(table(rows));
console.log('');
for (const size of sizes) {
  const aim = AIMS[size.name];
  if (aim === undefined) continue;
  recordAim({
    issue: 10,
    id: size.name === 'builder only' ? 'bundle-builder' : 'bundle-client',
    measure: `bundle: ${size.name}`,
    figure: `${kb(size.gzipped)} gzip`,
    spread: 'exact',
    aim: `≤ ${kb(aim)}`,
    met: size.gzipped <= aim,
    floor: `esbuild minified, gzip -9, loaded at start (${(size.gzipped / floor.gzipped).toFixed(2)}× the ky + valibot floor, ${kb(floor.gzipped)})`,
    bench: 'bundle.bench.ts',
  });
}
for (const app of BUNDLE_APPS) console.log(`${app.name}: ${app.what}`);

if (byModule) {
  console.log(
    '\nWhat each module adds: minified bytes, and gzip bytes (the app as one file, gzip -9 minified, less the same\n' +
      'without the module: what removing it would save; the shares add up to less than the app).',
  );
  for (const size of sizes) {
    console.log(`\n${size.name}`);
    const groups = new Map<string, { minified: number; gzipped: number }>();
    for (const module of size.modules) {
      const group = module.path.startsWith('node_modules/')
        ? module.path.split('/')[1]!
        : module.path.startsWith('src/')
          ? 'the library (src)'
          : 'the app';
      const total = groups.get(group) ?? { minified: 0, gzipped: 0 };
      groups.set(group, {
        minified: total.minified + module.minified,
        gzipped: total.gzipped + (module.gzipped ?? 0),
      });
    }
    const modules = [...size.modules].sort((a, b) => (b.gzipped ?? 0) - (a.gzipped ?? 0));
    console.log(
      table([
        ['  module', 'minified', 'gzip', ''],
        ...[...groups].map(([group, total]) => [
          `  ${group} (all)`,
          String(total.minified),
          String(total.gzipped),
          '',
        ]),
        ...modules.map((module) => [
          `  ${module.path.replace(/^\.bench-tmp\/[^/]+\//, '(app) ')}`,
          String(module.minified),
          String(module.gzipped ?? ''),
          module.eager ? '' : 'on demand',
        ]),
      ]),
    );
  }
}
