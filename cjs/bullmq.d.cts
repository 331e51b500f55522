// Types of require('8x8-chatapps/bullmq'): the ES module's own (require() of an ES module returns its namespace).
export * from '../dist/bullmq/index.js';
