// The form for a name the reader adds from a selection: name, kind, other spellings (both
// start from the selection), an optional description and an optional relation to a name the
// knowledge already has. It says at once what it made of the selection, refuses a field in
// words (and offers to open a name that already exists), and saves through the background,
// which checks it all again and marks the name on every open page.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { ENTITY_KINDS, RELATION_TYPES, type EntityKind, type RelationType } from '../../lib/kb-schema.ts';
import { askBackground } from '../../lib/messaging.ts';
import { describeNameProblem, describeSelectionNotice } from '../../lib/reading/describe-name.ts';
import { checkName, prefillFromSelection, type KnownName, type NameField, type NameInput, type NameProblem } from '../../lib/reading/name-input.ts';
import type { NameOrigin, ReaderName } from '../../lib/reading/records.ts';
import type { SelectionDraft } from '../../lib/reading/selection-draft.ts';
import { t } from '../options/i18n.ts';

export interface AddNameFormProps {
  draft: SelectionDraft;
  onSaved(name: ReaderName): void;
  onCancel?(): void;
  /** Opens a name that already exists (the options page's entity view by default). */
  onOpen?(id: string): void;
  headingLevel?: 1 | 2;
}

/** Where the name comes from, without the parts the draft does not have. */
function originOf(draft: SelectionDraft): NameOrigin {
  const from: NameOrigin = {};
  if (draft.sentence) from.sentence = draft.sentence;
  if (/^(?:https?|file):/i.test(draft.url)) from.url = draft.url;
  if (draft.title) from.title = draft.title;
  if (draft.date) from.date = draft.date;
  return from;
}

function FieldProblems({ id, problems, onOpen }: { id: string; problems: NameProblem[]; onOpen?(id: string): void }) {
  if (!problems.length) return null;
  return (
    <div id={id} class="field-problems" role="alert">
      {problems.map((p, i) => (
        <p key={i}>
          {describeNameProblem(p, t)}
          {p.kind === 'exists' && onOpen && (
            <>
              {' '}
              <button type="button" class="link" onClick={() => onOpen(p.id)}>
                {t('yours_open_existing', [p.name])}
              </button>
            </>
          )}
        </p>
      ))}
    </div>
  );
}

export function AddNameForm({ draft, onSaved, onCancel, onOpen, headingLevel = 2 }: AddNameFormProps) {
  const prefill = useMemo(() => prefillFromSelection(draft.text, draft.cut), [draft]);
  const [known, setKnown] = useState<KnownName[]>([]);
  const [name, setName] = useState(prefill.name);
  const [kind, setKind] = useState<EntityKind>('company');
  const [aliases, setAliases] = useState(prefill.notice ? '' : draft.text.replace(/\s+/g, ' ').trim());
  const [description, setDescription] = useState('');
  const [relationType, setRelationType] = useState<RelationType | ''>('');
  const [relationTo, setRelationTo] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [serverProblems, setServerProblems] = useState<NameProblem[] | undefined>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    void askBackground('name:known', {}).then(setKnown, () => setKnown([]));
  }, []);

  const input: NameInput = {
    name,
    kind,
    aliases: aliases.split('\n'),
    description,
    relation: relationType && relationTo ? { type: relationType, to: relationTo } : undefined,
    from: originOf(draft),
  };
  const check = checkName(input, known);
  const problems = serverProblems ?? (check.ok ? [] : check.problems);
  // Before the first save only an existing name is pointed out (the reader may want to open it instead).
  const shown = (field: NameField) => problems.filter((p) => p.field === field && (submitted || p.kind === 'exists'));

  const save = async (event: Event) => {
    event.preventDefault();
    setSubmitted(true);
    setServerProblems(undefined);
    if (!check.ok) return;
    setSaving(true);
    try {
      const outcome = await askBackground('name:add', check.input);
      if (outcome.ok) onSaved(outcome.name);
      else setServerProblems(outcome.problems);
    } finally {
      setSaving(false);
    }
  };
  const edited = <T,>(set: (value: T) => void) => (value: T) => {
    setServerProblems(undefined);
    set(value);
  };

  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const ids = { name: 'add-name-name', aliases: 'add-name-aliases', description: 'add-name-description', relation: 'add-name-relation' };
  const describedBy = (field: NameField) => (shown(field).length ? `${ids[field]}-problems` : undefined);
  return (
    <form class="add-name" aria-labelledby="add-name-heading" onSubmit={(e) => void save(e)} noValidate>
      <Heading id="add-name-heading">{t('yours_name_form_title')}</Heading>
      {prefill.notice && <p class="notice" role="status" data-testid="selection-notice">{describeSelectionNotice(prefill.notice, t)}</p>}
      {draft.sentence && <blockquote class="from">{t('yours_from_sentence', [draft.sentence])}</blockquote>}

      <label for={ids.name}>{t('yours_name_label')}</label>
      <input id={ids.name} type="text" value={name} maxLength={200} aria-invalid={shown('name').length > 0} aria-describedby={describedBy('name')} onInput={(e) => edited(setName)(e.currentTarget.value)} />
      <FieldProblems id={`${ids.name}-problems`} problems={shown('name')} onOpen={onOpen} />

      <label for="add-name-kind">{t('yours_kind_label')}</label>
      <select id="add-name-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as EntityKind)}>
        {ENTITY_KINDS.map((k) => <option key={k} value={k}>{t(`card_kind_${k}`)}</option>)}
      </select>

      <label for={ids.aliases}>{t('yours_aliases_label')}</label>
      <textarea id={ids.aliases} rows={3} value={aliases} aria-invalid={shown('aliases').length > 0} aria-describedby={describedBy('aliases')} onInput={(e) => edited(setAliases)(e.currentTarget.value)} />
      <FieldProblems id={`${ids.aliases}-problems`} problems={shown('aliases')} onOpen={onOpen} />

      <label for={ids.description}>{t('yours_description_label')}</label>
      <textarea id={ids.description} rows={2} value={description} aria-invalid={shown('description').length > 0} aria-describedby={describedBy('description')} onInput={(e) => edited(setDescription)(e.currentTarget.value)} />
      <FieldProblems id={`${ids.description}-problems`} problems={shown('description')} />

      <fieldset class="relation">
        <legend>{t('yours_relation_label')}</legend>
        <select aria-label={t('yours_relation_type_label')} value={relationType} onChange={(e) => edited(setRelationType)(e.currentTarget.value as RelationType | '')}>
          <option value="">{t('yours_relation_none')}</option>
          {RELATION_TYPES.map((r) => <option key={r} value={r}>{t(`yours_relation_${r.replace(/-/g, '_')}`)}</option>)}
        </select>{' '}
        <select id={ids.relation} aria-label={t('yours_relation_label')} value={relationTo} disabled={!relationType} onChange={(e) => edited(setRelationTo)(e.currentTarget.value)}>
          <option value="" />
          {known.map((k) => <option key={k.id} value={k.id}>{k.name}</option>)}
        </select>
        <FieldProblems id={`${ids.relation}-problems`} problems={shown('relation')} />
      </fieldset>

      <div class="actions">
        <button type="submit" disabled={saving}>{t('yours_save_name')}</button>
        {onCancel && <button type="button" onClick={onCancel}>{t('yours_cancel')}</button>}
      </div>
    </form>
  );
}
