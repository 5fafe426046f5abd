// The checks for one metadata value of an article: a date, a language tag, a web address.
// Each returns the value as the KB stores it, or undefined where it is not one.

const displayNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

function realDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/**
 * "2025-08-14", an ISO timestamp ("2025-08-14T09:30:00+02:00": the date as written, in the
 * article's own time zone) or a German "14.08.2025" → "2025-08-14".
 */
export function isoDate(raw: string): string | undefined {
  const value = raw.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  if (iso) return realDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  if (german) return realDate(Number(german[3]), Number(german[2]), Number(german[1]));
  return undefined;
}

/** A language tag the platform knows ("en", "de-AT", "zh-Hant"), canonically cased. */
export function languageTag(raw: string): string | undefined {
  const value = raw.trim().replace(/_/g, '-');
  if (!/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(value)) return undefined;
  let tag: string;
  try {
    tag = Intl.getCanonicalLocales(value)[0]!;
  } catch {
    return undefined;
  }
  return displayNames.of(tag.split('-')[0]!) === undefined ? undefined : tag;
}

/** An absolute http or https address. */
export function webAddress(raw: string): string | undefined {
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
