// The entry of dist/sucrase.js: sucrase as a bundle of its own, which the extension's services
// import when a TypeScript or ES-module solution first runs (see esbuild.config.mjs).
export { transform } from 'sucrase';
