// require('8x8-chatapps') where the "module-sync" condition is not picked: see require-esm.cjs.
'use strict';
module.exports = require('./require-esm.cjs')('8x8-chatapps', () => require('../dist/index.js'));
