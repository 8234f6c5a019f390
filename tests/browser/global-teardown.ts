// Jest globalTeardown of the browser lane: removes this run's temporary preview build (built-preview.ts).

export { removeBuiltPreview as default } from './built-preview';
