// "Your notes": every note the reader wrote on a name, with the way to it (where it is edited).
import { entityName } from '../../lib/localized.ts';
import type { StoreOverview } from '../../lib/store/overview.ts';
import { formatDateTime } from './format.ts';
import { kbLanguage, t, uiLanguage } from './i18n.ts';

/** How much of a note the list shows. */
const EXCERPT_CHARS = 160;

export function YourNotesPanel({ overview }: { overview: StoreOverview }) {
  const byId = new Map(overview.entities.map((e) => [e.id, e]));
  const notes = overview.layer.notes.filter((n) => n.text.trim()).sort((a, b) => b.updated.localeCompare(a.updated));
  return (
    <section aria-labelledby="your-notes-heading" class="panel" data-testid="your-notes">
      <h3 id="your-notes-heading">{t('options_notes_heading')}</h3>
      <p class="hint">{t('options_notes_hint')}</p>
      {notes.length === 0 ? (
        <p>{t('options_notes_none')}</p>
      ) : (
        <ul class="reading-list">
          {notes.map((note) => {
            const entity = byId.get(note.entity);
            const text = note.text.length > EXCERPT_CHARS ? `${note.text.slice(0, EXCERPT_CHARS - 1)}…` : note.text;
            return (
              <li key={note.entity}>
                <span class="what">
                  <a href={`#entity=${encodeURIComponent(note.entity)}`}>{entity ? entityName(entity, kbLanguage) : note.entity}</a>
                  <span class="meta">{text}</span>
                  <span class="meta">{formatDateTime(note.updated, uiLanguage)}</span>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
