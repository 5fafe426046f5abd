// The keyboard shortcuts as the browser has them, and the way to change them. The browser's
// shortcut page is not an ordinary link target, so it is opened with tabs.create (or, in
// Firefox, commands.openShortcutSettings).
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from './i18n.ts';

interface Command {
  name?: string;
  description?: string;
  shortcut?: string;
}

function openShortcutSettings(): void {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  if (commands.openShortcutSettings) void commands.openShortcutSettings();
  else void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

export function ShortcutsPanel() {
  const [commands, setCommands] = useState<Command[]>([]);
  useEffect(() => {
    browser.commands.getAll().then(setCommands, () => setCommands([]));
  }, []);
  return (
    <section aria-labelledby="shortcuts-heading" class="panel">
      <h3 id="shortcuts-heading">{t('options_shortcuts_heading')}</h3>
      <ul>
        {commands
          .filter((c) => c.description)
          .map((c) => (
            <li key={c.name}>
              {c.description}: <kbd>{c.shortcut || t('options_shortcut_unset')}</kbd>
            </li>
          ))}
      </ul>
      <button type="button" class="link" onClick={openShortcutSettings}>{t('options_shortcuts_change')}</button>
    </section>
  );
}
