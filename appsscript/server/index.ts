// The Apps Script server bundle's entry: esbuild wraps it as `var TS = …` (APPS_SCRIPT_GLOBAL); top-level functions call in.

// `run` is runCustomFunction: every formula wrapper names it, so its length counts once per wrapper in the budget.
export { runCustomFunction as run } from './custom-functions';
// `api` is the endpoint table (`endpoints`), short for the same reason: every function in main.js names it.
export { endpoints as api } from './endpoints';
export { onOpen, openSidebar } from './menu';
