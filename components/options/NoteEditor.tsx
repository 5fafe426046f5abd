// The reader's note on an entity, saved as they type (after a short pause, and at once when
// the field loses focus or the page goes away). Mount it with key={entity} so that switching
// entities starts from that entity's saved note.
import { useEffect, useRef, useState } from 'preact/hooks';
import { askBackground } from '../../lib/messaging.ts';
import { t } from './i18n.ts';

const SAVE_AFTER_MS = 400;

export function NoteEditor(props: { entity: string; name: string; note: string }) {
  const [text, setText] = useState(props.note);
  const [state, setState] = useState<'saved' | 'pending' | 'failed'>('saved');
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; text: string } | undefined>();

  const save = (value: string) => {
    pending.current = undefined;
    askBackground('note:set', { entity: props.entity, text: value }).then(
      () => setState(pending.current ? 'pending' : 'saved'),
      () => setState('failed'),
    );
  };
  const flush = () => {
    if (!pending.current) return;
    clearTimeout(pending.current.timer);
    save(pending.current.text);
  };

  useEffect(() => {
    addEventListener('pagehide', flush);
    return () => {
      removeEventListener('pagehide', flush);
      flush();
    };
  }, []);

  const onInput = (value: string) => {
    setText(value);
    setState('pending');
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = { text: value, timer: setTimeout(() => save(value), SAVE_AFTER_MS) };
  };

  return (
    <div class="note-editor">
      <label for={`note-${props.entity}`}>{t('options_note_label', [props.name])}</label>
      <textarea
        id={`note-${props.entity}`}
        rows={4}
        value={text}
        onInput={(e) => onInput(e.currentTarget.value)}
        onBlur={flush}
        aria-describedby={`note-state-${props.entity}`}
      />
      <p id={`note-state-${props.entity}`} class="hint" aria-live="polite" data-testid="note-state">
        {t(`options_note_${state}`)}
      </p>
    </div>
  );
}
