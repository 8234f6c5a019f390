// The panel bundles' build helpers: Fluent's token table served by a proxy gives every token's own value.

import { execFileSync } from 'node:child_process';
import { tokens } from '@fluentui/tokens';

/** Evaluates the generated tokens module in a child Node (plain ESM) and reads the given names from it. */
function readThroughProxy(names: string[]): Record<string, unknown> {
  const script = `
    const { tokensModuleSource } = await import('./scripts/build/panel-bundle.mjs');
    const { tokens } = await import('data:text/javascript,' + encodeURIComponent(tokensModuleSource()));
    const names = JSON.parse(process.argv[1]);
    const read = Object.fromEntries(names.map((name) => [name, tokens[name]]));
    read['<symbol>'] = tokens[Symbol.toPrimitive] === undefined ? 'undefined' : 'defined';
    process.stdout.write(JSON.stringify(read));`;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(names)], {
    encoding: 'utf8',
  });
  return JSON.parse(output);
}

describe('tokens as a lookup', () => {
  it('answers every one of Fluent’s tokens with the table’s value, fallbacks included', () => {
    const names = Object.keys(tokens);
    expect(names.length).toBeGreaterThan(400);
    const read = readThroughProxy(names);
    for (const name of names) expect([name, read[name]]).toEqual([name, (tokens as Record<string, string>)[name]]);
    // The table has entries with a fallback (the z-index ones); the proxy must not flatten them.
    expect(Object.values(tokens).some((value) => /^var\(--[A-Za-z0-9]+, .+\)$/.test(value))).toBe(true);
    expect(read['<symbol>']).toBe('undefined');
  });
});
