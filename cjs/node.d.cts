// Types of require('8x8-chatapps/node'): the ES module's own (require() of an ES module returns its namespace).
export * from '../dist/node/index.js';
