// Firefox's own console, read from its standard output. WebDriver BiDi reports what a tab logs
// (the page and the content script), but not the extension's background script: it runs in a
// page that BiDi does not show. With the pref below, Firefox prints every message from
// unprivileged code (pages, content scripts, extension pages such as the background) to its output,
// and it always prints uncaught errors there, with the script's URL.
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

/** Firefox prefs that make it print what web pages and extension pages log. */
export const CONSOLE_TO_STDOUT_PREFS = { 'devtools.console.stdout.content': true };

// `console.error: "text"` from unprivileged code (the pref above), and uncaught errors in a page
// or in the extension. Firefox's own internal errors (chrome://, resource://) are not ours.
const ERROR_LINE = /^(console\.error: |JavaScript error: (moz-extension|https?):\/\/)/;
// Firefox's own modules that log through console.error too, named by their prefix: the Remote
// Settings loader ("RSLoader: ") complains, now and then, that it cannot reach Mozilla's servers.
const FIREFOX_OWN = /^console\.error: (RSLoader|RemoteSettings): /;

/** Calls `onError` with every error line Firefox prints on `output` from now on. */
export function watchConsoleErrors(output: Readable, onError: (line: string) => void): void {
  createInterface({ input: output }).on('line', (line) => {
    if (ERROR_LINE.test(line) && !FIREFOX_OWN.test(line)) onError(line);
  });
}
