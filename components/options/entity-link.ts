// Deep links to an entity on the options page: options.html#entity=huawei.
export function entityFromHash(hash: string): string | undefined {
  const match = /^#entity=([^&]+)/.exec(hash);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return undefined;
  }
}
