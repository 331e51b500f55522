// require('8x8-chatapps/sandbox') where the "module-sync" condition is not picked: see require-esm.cjs.
'use strict';
module.exports = require('./require-esm.cjs')('8x8-chatapps/sandbox', () =>
  require('../dist/sandbox/index.js'),
);
