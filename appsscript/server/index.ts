// The Apps Script server bundle's entry: esbuild wraps it as `var Teamscan = …`; top-level functions call in.

// `run` is runCustomFunction: every formula wrapper names it, so its length counts once per wrapper in the budget.
export { runCustomFunction as run } from './custom-functions';
export { endpoints } from './endpoints';
export { onOpen, openSidebar } from './menu';
