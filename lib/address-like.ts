// A name inside a URL, an e-mail address, a domain, a file path or a dotted code identifier
// is not a mention: "nvidia.com", "torch.cuda", "/usr/local/cuda", "press@huawei.com", and
// neither is a lower-case name in code: model.to("cuda"), device='cuda', cuda(…).
import { CharClass, classAt, isSpaceLike } from './text-chars.ts';

const MAX_CHUNK_SIDE = 256;
const SCHEME_OR_WWW = /:\/\/|(?:^|[(\["'<])www\./i;
const EMAIL = /[\p{L}\p{N}._%+-]@[\p{L}\p{N}-]+\./u;
const PATH_START = /^[(\["'<]?(?:\/|~\/|\.\.?\/|[A-Za-z]:[\\/])/;
const DOMAIN_THEN_PATH = /^[(\["'<]?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\//u;

function isWordAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && classAt(text, i) === CharClass.Word;
}

/** The run of non-space characters around [start, end), at most MAX_CHUNK_SIDE each side. */
function chunkAround(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && start - s < MAX_CHUNK_SIDE && !isSpaceLike(text.charCodeAt(s - 1))) s--;
  let e = end;
  while (e < text.length && e - end < MAX_CHUNK_SIDE && !isSpaceLike(text.charCodeAt(e))) e++;
  return text.slice(s, e);
}

export function isInsideAddressOrCode(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  // Dotted names: "torch.cuda", "nvidia.com", "cuda.is_available()".
  if (before === 0x2e && isWordAt(text, start - 2)) return true;
  if (after === 0x2e && isWordAt(text, end + 1)) return true;
  if (isLowerCaseCodeToken(text, start, end, before, after)) return true;
  // Device strings and namespaces: "cuda:0", "nvidia::thrust".
  if (after === 0x3a && (isWordAt(text, end + 1) || text.charCodeAt(end + 1) === 0x3a)) return true;
  const nearSlash = before === 0x2f || before === 0x5c || after === 0x2f || after === 0x5c;
  const nearAt = before === 0x40 || after === 0x40;
  if (!nearSlash && !nearAt && !hasSchemeNearby(text, start, end)) return false;
  const chunk = chunkAround(text, start, end);
  if (SCHEME_OR_WWW.test(chunk) || EMAIL.test(chunk)) return true;
  if (!nearSlash) return false;
  // Prose writes "NVIDIA/AMD"; a lower-case name next to a slash is a path ("cuda/include").
  if (text.slice(start, end) === text.slice(start, end).toLowerCase()) return true;
  if (PATH_START.test(chunk) || DOMAIN_THEN_PATH.test(chunk) || chunk.includes('\\')) return true;
  return (chunk.match(/\//g)?.length ?? 0) >= 2;
}

/** Prose quotes with curly quotes and never calls a name; code writes "cuda", 'cuda', cuda(). */
function isLowerCaseCodeToken(text: string, start: number, end: number, before: number, after: number): boolean {
  const quote = (c: number) => c === 0x22 || c === 0x27 || c === 0x60;
  const possessive = after === 0x27 && text.charCodeAt(end + 1) === 0x73 && !isWordAt(text, end + 2); // "nvidia's"
  const quoted = quote(before) || (quote(after) && !possessive);
  if (!quoted && after !== 0x28 /* ( */ && before !== 0x3d /* = */) return false;
  const name = text.slice(start, end);
  return name === name.toLowerCase();
}

/** A "://" or "www." in the same run of non-space characters (checked on a bounded window). */
function hasSchemeNearby(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - MAX_CHUNK_SIDE);
  const window = text.slice(from, Math.min(text.length, end + MAX_CHUNK_SIDE));
  if (!window.includes('://') && !window.includes('www.')) return false;
  return SCHEME_OR_WWW.test(chunkAround(text, start, end));
}
