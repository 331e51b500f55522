// require('8x8-chatapps/node') where the "module-sync" condition is not picked: see require-esm.cjs.
'use strict';
module.exports = require('./require-esm.cjs')('8x8-chatapps/node', () => require('../dist/node/index.js'));
