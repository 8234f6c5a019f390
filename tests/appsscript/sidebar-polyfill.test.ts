// The built Sheets sidebar runs in the user's browser, Safari 15.0–15.3 included: without Object.hasOwn there, every
// message with parameters would throw while being filled. The bundle carries the Excel entries' polyfill (docs/design.md#8-architecture).

import vm from 'node:vm';
import { readGasFile } from './fake/load-gas';

/** The sidebar's inlined script, run in a fresh realm whose Object has no hasOwn, as Safari 15.0–15.3. */
function runWithoutHasOwn(): vm.Context {
  const script = /<script>([\s\S]*)<\/script>/.exec(readGasFile('sidebar.html'))![1]!;
  const context = vm.createContext({});
  vm.runInContext('delete Object.hasOwn;', context);
  expect(vm.runInContext('typeof Object.hasOwn', context)).toBe('undefined');
  try {
    vm.runInContext(script, context);
  } catch {
    // No document here: the panel does not mount, but whatever runs first has run.
  }
  return context;
}

test('the built sidebar defines Object.hasOwn where the browser lacks it, before its own code runs', () => {
  const context = runWithoutHasOwn();
  expect(vm.runInContext('typeof Object.hasOwn', context)).toBe('function');
  expect(vm.runInContext('[Object.hasOwn({ a: 1 }, "a"), Object.hasOwn({ a: 1 }, "toString")]', context)).toEqual([
    true,
    false,
  ]);
});
