// Text for the terminal: control characters in names and cells shown as escapes ("\x1b"), never obeyed.

/**
 * C0 controls, DEL, C1 controls (an ANSI escape starts with ESC or CSI), the bidirectional overrides and
 * isolates, and the line and paragraph separators: anything that moves the cursor, clears the screen or
 * reorders what the reader sees.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its purpose
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escapeOne(character: string): string {
  const code = character.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * `text` with every control character written as an escape; the characters in `keep` (the line breaks and tabs
 * of the output's own layout) stay as they are. Idempotent: an escape is plain text.
 */
export function escapeControls(text: string, keep = ''): string {
  return text.replace(CONTROLS, (character) => (keep.includes(character) ? character : escapeOne(character)));
}

/** Standard output or error as the terminal should see it: the layout's line breaks and tabs kept. */
export function terminalSafe(write: (text: string) => void): (text: string) => void {
  return (text) => write(escapeControls(text, '\n\t'));
}
