// The manifest follows the shared-runtime guide: the Host with a long-lifetime Runtime has one task pane, so no
// Action under it carries a TaskpaneId ("Configure your Office Add-in to use a shared runtime", "Good practice:
// avoid multiple task panes": learn.microsoft.com/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime).

import { readFileSync } from 'node:fs';

describe('the manifest and its shared runtime', () => {
  const template = readFileSync('manifests/manifest.template.xml', 'utf8');

  it('declares a long-lifetime runtime on the task pane page', () => {
    expect(template).toMatch(/<Runtime resid="Taskpane\.Url" lifetime="long" \/>/);
  });

  it('opens the task pane with an Action that has no TaskpaneId, on the runtime page', () => {
    const actions = [...template.matchAll(/<Action xsi:type="ShowTaskpane">([\s\S]*?)<\/Action>/g)].map((m) => m[1]!);
    expect(actions.length).toBeGreaterThan(0);
    for (const action of actions) {
      expect(action).not.toMatch(/<TaskpaneId>/i);
      expect(action).toMatch(/<SourceLocation resid="Taskpane\.Url" \/>/);
    }
  });
});
