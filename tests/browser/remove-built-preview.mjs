// Jest globalTeardown of the browser lane: removes the preview build-preview-once.mjs made for this run.

import { rmSync } from 'node:fs';

export default function removeBuiltPreview() {
  const root = process.env.TEAMSCAN_BUILT_PREVIEW;
  if (root) rmSync(root, { recursive: true, force: true });
  delete process.env.TEAMSCAN_BUILT_PREVIEW;
}
