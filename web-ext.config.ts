// How `npm start` (WXT's dev mode) runs the browser: Debian's Chromium, opening the seed
// article so there is something to hover straight away. The article is a static page in
// docs/demo/ (written by `npm run demo`), served by WXT's own dev server, which serves the
// project folder: a data: or file: page would get no content script.
import { defineWebExtConfig } from 'wxt';

const runningAsRoot = process.getuid?.() === 0;
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

export default defineWebExtConfig({
  binaries: { chrome: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  startUrls: ['http://localhost:3000/docs/demo/article.html'],
  chromiumArgs: [
    // Chromium refuses to start as root with its sandbox on (CI containers, this dev box).
    ...(runningAsRoot ? ['--no-sandbox'] : []),
    // Without a display (ssh, CI) it can still run, headless, rather than fail to start.
    ...(noDisplay ? ['--headless=new'] : []),
    ...(process.env.KB_DEV_CHROMIUM_ARGS?.split(' ').filter(Boolean) ?? []),
  ],
});
