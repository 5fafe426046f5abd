// "Your names": the names the reader added from a selection, with search, remove and Undo.
// Removing one unmarks it on every open page at once; Undo marks it again.
import { askBackground } from '../../lib/messaging.ts';
import { t } from './i18n.ts';
import { ReaderListSection } from './ReaderListSection.tsx';
import { useReaderList } from './use-reader-list.ts';

export function YourNamesPanel() {
  return (
    <ReaderListSection
      id="your-names"
      heading={t('yours_names_heading')}
      hint={t('yours_names_hint')}
      none={t('yours_names_none')}
      items={useReaderList('name:list')}
      keyOf={(n) => n.id}
      label={(n) => n.name}
      searchIn={(n) => [n.name, ...n.aliases, n.description, n.from.title]}
      removedMessage={(label) => t('yours_removed_name', [label])}
      remove={async ({ id }) => {
        const name = await askBackground('name:remove', { id });
        return name && { label: name.name, undo: () => askBackground('name:restore', { name }) };
      }}
      show={(n) => (
        <>
          <a href={`#entity=${encodeURIComponent(n.id)}`}>{n.name}</a>
          <span class="meta">{t('yours_name_line', [t(`card_kind_${n.kind}`), n.added.slice(0, 10)])}</span>
          {n.from.sentence && <span class="meta">{t('yours_from_sentence', [n.from.sentence])}</span>}
        </>
      )}
    />
  );
}
