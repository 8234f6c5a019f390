// The Apps Script server bundle's entry: esbuild wraps it as `var Teamscan = …`; top-level functions call in.

export { runCustomFunction } from './custom-functions';
export { endpoint as run } from './endpoints';
export { onOpen, openSidebar } from './menu';
