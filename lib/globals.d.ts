/** true only in the build `npm run bench` makes (see wxt.config.ts). */
declare const __KB_BENCH__: boolean;
