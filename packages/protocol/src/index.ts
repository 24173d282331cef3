export * from './primitives/reader.js';
export * from './primitives/writer.js';
