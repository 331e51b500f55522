// Types of require('8x8-chatapps'): the ES module's own (require() of an ES module returns its namespace).
export * from '../dist/index.js';
