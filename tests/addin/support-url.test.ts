// The manifest's SupportUrl names a support page the build ships, in Dutch and English, never the task pane.

import { existsSync, readFileSync } from 'node:fs';

describe('the manifest SupportUrl', () => {
  const template = readFileSync('manifests/manifest.template.xml', 'utf8');

  it('points at the support page, which the add-in build copies beside the task pane', () => {
    const url = /<SupportUrl DefaultValue="\{\{BASE_URL\}\}\/([^"]+)" \/>/.exec(template)?.[1];
    expect(url).toBe('support.html');
    expect(existsSync(`manifests/${url}`)).toBe(true);
    expect(readFileSync('scripts/build/20-addin.mjs', 'utf8')).toContain(
      "copyFileSync('manifests/support.html', join(OUT, 'support.html'))",
    );
  });

  it('says in both languages which Excel versions Teamscan needs', () => {
    const page = readFileSync('manifests/support.html', 'utf8');
    expect(page).toMatch(/<section lang="nl">[\s\S]*versie 2008[\s\S]*16\.40/);
    expect(page).toMatch(/<section lang="en">[\s\S]*version 2008[\s\S]*16\.40/);
  });
});
