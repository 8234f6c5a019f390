// The panel bundles' build helpers: Fluent's light theme served as a literal is the very theme Fluent computes.

import { execFileSync } from 'node:child_process';
import { webLightTheme } from '@fluentui/tokens';

/** Evaluates the generated theme module in a child Node (plain ESM), as esbuild would bundle it. */
function themeFromLiteral(): Record<string, unknown> {
  const script = `
    const { lightThemeModuleSource } = await import('./scripts/build/panel-bundle.mjs');
    const { webLightTheme } = await import('data:text/javascript,' + encodeURIComponent(lightThemeModuleSource()));
    process.stdout.write(JSON.stringify(webLightTheme));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
}

describe('light theme as a literal', () => {
  it('has every token of webLightTheme with the same value, and nothing else', () => {
    const literal = themeFromLiteral();
    expect(Object.keys(webLightTheme).length).toBeGreaterThan(400);
    expect(literal).toEqual(webLightTheme);
    // Every value is a plain string or number: nothing JSON would have dropped or changed.
    for (const value of Object.values(webLightTheme)) expect(['string', 'number']).toContain(typeof value);
  });
});
