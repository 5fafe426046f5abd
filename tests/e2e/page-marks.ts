// The extension's marks read from a Playwright page or frame (tests/fixtures/marked-texts.ts).
export { markedTexts, waitForMarks } from '../fixtures/marked-texts.ts';
