// The address each tab's top frame last asked a page config for. The popup opened by the
// toolbar button learns its tab's address from activeTab; opened any other way (the
// `?tab=ID` test hook), it asks here, since the extension has no "tabs" permission.
const addresses = new Map<number, string>();

export function rememberTabAddress(tabId: number, url: string): void {
  addresses.set(tabId, url);
}

export function tabAddress(tabId: number): string | undefined {
  return addresses.get(tabId);
}

export function forgetTab(tabId: number): void {
  addresses.delete(tabId);
}
