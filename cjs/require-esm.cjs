// require() of this package, for runtimes that do not pick the "module-sync" condition of package.json's exports.
// Node.js 22.12+ (and 20.19+) pick it, so require() loads the ES module directly and these files are never read. Bun
// and Deno can require() an ES module too, and get it here. A Node.js that cannot (before 22.12, or run with
// --no-experimental-require-module) gets an error that says what to do instead of ERR_REQUIRE_ESM's generic text.
'use strict';

/** Loads an entry of the package with `load`, turning "cannot require() an ES module" into a clear error. */
module.exports = function requireEsm(specifier, load) {
  try {
    return load();
  } catch (cause) {
    if (cause === null || typeof cause !== 'object' || cause.code !== 'ERR_REQUIRE_ESM') throw cause;
    const error = new Error(
      `${specifier} is an ES module, and this Node.js (${process.version}) cannot require() ES modules ` +
        '(22.12 and newer can, unless run with --no-experimental-require-module). Upgrade Node.js, or load it ' +
        `with \`import … from '${specifier}'\` (ESM) or \`await import('${specifier}')\` (CommonJS).`,
      { cause },
    );
    error.code = 'ERR_REQUIRE_ESM';
    throw error;
  }
};
