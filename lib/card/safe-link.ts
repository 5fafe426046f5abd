// A URL from the KB becomes a link only when it is plain http or https; anything else
// (javascript:, data:, file:, chrome-extension:) is shown as text or not at all.
export function webLink(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
