// Adds a script built beside taskpane.js (reports.js, inject.js, …) on first use and reuses it after.

// Read while taskpane.js runs: afterwards document.currentScript is null.
const base = (document.currentScript as HTMLScriptElement | null)?.src || document.baseURI;

const pending = new Map<string, Promise<unknown>>();

/**
 * What `file` assigns to `global` (esbuild's globalName) once it has run; `notLoaded` when it did not load or assign.
 * A failed load (the network blinked) is tried again on the next use.
 */
export function loadChunk<T>(
  file: string,
  global: string,
  notLoaded: () => Error,
  doc: Document = document,
): Promise<T> {
  let loading = pending.get(file) as Promise<T> | undefined;
  if (!loading) {
    loading = new Promise<T>((resolve, reject) => {
      const script = doc.createElement('script');
      script.src = new URL(file, base).href;
      script.onload = () => {
        const loaded = (globalThis as Record<string, unknown>)[global] as T | undefined;
        if (loaded) resolve(loaded);
        else reject(notLoaded());
      };
      script.onerror = () => reject(notLoaded());
      doc.head.appendChild(script);
    }).catch((error: unknown) => {
      pending.delete(file);
      throw error;
    });
    pending.set(file, loading);
  }
  return loading;
}
