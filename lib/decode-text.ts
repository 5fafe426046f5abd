// Bytes of a text file (an article, a CSV glossary) to text. UTF-8, with or without a byte
// order mark, and UTF-16 with one (Excel's "Unicode text") are read; anything else (a
// Windows-1252 export, where "ä" is the single byte 0xE4) is refused with the line and byte,
// never decoded by guesswork: a wrong guess would put wrong names into the KB without a word.

export type DecodedText =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' }
  | { ok: false; line: number; byte: number; /** The byte as Windows-1252 reads it, where that is a letter or sign. */ asWindows1252?: string };

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstNonUtf8Byte(bytes: Uint8Array, from = 0): number {
  for (let i = from; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      if (b === 0) return i; // text files hold no NUL: UTF-16 without its mark, or not text at all
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (!length || i + length > bytes.length) return i;
    const second = bytes[i + 1]!;
    // The second byte's range rules out overlong forms, surrogates and code points past U+10FFFF.
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}

function windows1252(byte: number): string | undefined {
  if (byte < 0x80) return undefined;
  const char = new TextDecoder('windows-1252').decode(new Uint8Array([byte]));
  return /\p{Cc}/u.test(char) ? undefined : char;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const bad = firstNonUtf8Byte(bytes, start);
  if (bad === -1) return { ok: true, text: new TextDecoder('utf-8').decode(bytes.subarray(start)), encoding: 'utf-8' };
  let line = 1;
  for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) line++;
  const byte = bytes[bad]!;
  const asWindows1252 = windows1252(byte);
  return asWindows1252 === undefined ? { ok: false, line, byte } : { ok: false, line, byte, asWindows1252 };
}

/** "line 3 has the byte 0xE4 (“ä” in Windows-1252)": for messages in English. */
export function describeBadByte(result: { line: number; byte: number; asWindows1252?: string }): string {
  const hex = `0x${result.byte.toString(16).toUpperCase().padStart(2, '0')}`;
  return `line ${result.line} has the byte ${hex}${result.asWindows1252 ? ` (“${result.asWindows1252}” in Windows-1252)` : ''}`;
}

/** Bytes of UTF-8 text (a KB file of tens of MB) to a string as TextDecoder reads them, a few MB at a time with `pause()` between. */
export async function decodeUtf8InSlices(bytes: Uint8Array, pause: () => Promise<void>, chunk = 4 * 1024 * 1024): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  for (let at = 0; at < bytes.length; at += chunk) {
    text += decoder.decode(bytes.subarray(at, at + chunk), { stream: true });
    await pause();
  }
  return text + decoder.decode();
}
