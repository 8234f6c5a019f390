// Jest globalSetup of the browser lane: builds the preview once for all browser suites (built-preview.ts).

export { buildPreviewOnce as default } from './built-preview';
