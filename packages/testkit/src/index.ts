export * from './broker-process.js';
export * from './external.js';
