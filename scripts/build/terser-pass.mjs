// A second pass by terser over a bundle esbuild wrote: the Apps Script server and the task pane, each within its byte budget.

import { minify } from 'terser';

/**
 * The code compressed and mangled again, ES2020 at most (Apps Script's V8 runtime and the oldest browser target);
 * `compress` adds to the compress options (more passes, unsafe arrows). `name` names the bundle in an error.
 */
export async function terserPass(code, name, compress) {
  const result = await minify(code, {
    ecma: 2020,
    compress: { ecma: 2020, ...compress },
    mangle: true,
    format: { ascii_only: false, comments: false },
  });
  if (typeof result.code !== 'string') throw new Error(`terser returned no code for ${name}`);
  return result.code;
}
