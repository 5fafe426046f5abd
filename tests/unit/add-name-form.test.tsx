// @vitest-environment happy-dom
// The add-name form with the background faked: what it says about a bad selection, a name that
// exists (with the way to open it instead), and what it sends on save.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NameInput } from '../../lib/reading/name-input.ts';
import type { SelectionDraft } from '../../lib/reading/selection-draft.ts';
import { readerName } from '../fixtures/kb/reader-records.ts';
import { en } from '../fixtures/translator.ts';

const sent: NameInput[] = [];
vi.mock('../../components/options/i18n.ts', () => ({ t: en, uiLanguage: 'en', kbLanguage: 'en' }));
vi.mock('../../lib/messaging.ts', () => ({
  askBackground: vi.fn(async (type: string, payload: NameInput) => {
    if (type === 'name:known') return [{ id: 'huawei', name: 'Huawei', aliases: ['Huawei', '华为'] }, { id: 'nvidia', name: 'NVIDIA', aliases: ['NVIDIA'] }];
    if (type === 'name:add') {
      sent.push(payload);
      return { ok: true, name: readerName({ id: 'yours-jensen-huang', name: payload.name }) };
    }
    return undefined;
  }),
}));

const { AddNameForm } = await import('../../components/reading/AddNameForm.tsx');
let root: HTMLElement;
beforeEach(() => {
  sent.length = 0;
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const draft = (text: string, extra: Partial<SelectionDraft> = {}): SelectionDraft => ({ text, cut: false, url: 'https://news.example/story', title: 'Story', ...extra });
const field = (label: string) => [...root.querySelectorAll('label')].find((l) => l.textContent === label)!.control as HTMLInputElement;
const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === name)!;
const settle = () => vi.waitFor(() => expect(root.querySelector('option[value="nvidia"]')).not.toBeNull());

function show(d: SelectionDraft, handlers: { onSaved?: () => void; onOpen?: (id: string) => void } = {}) {
  render(<AddNameForm draft={d} onSaved={handlers.onSaved ?? (() => {})} onOpen={handlers.onOpen} />, root);
}

describe('the add-name form', () => {
  it('starts from the selection and the sentence, and sends what the reader typed', async () => {
    const onSaved = vi.fn();
    show(draft('Jensen Huang', { sentence: 'Jensen Huang spoke.' }), { onSaved });
    await settle();
    expect(field('Name').value).toBe('Jensen Huang');
    expect(field('Other spellings (one per line)').value).toBe('Jensen Huang');
    expect(root.textContent).toContain('From: “Jensen Huang spoke.”');
    button('Save name').click();
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(sent).toEqual([{ name: 'Jensen Huang', kind: 'company', aliases: [], from: { sentence: 'Jensen Huang spoke.', url: 'https://news.example/story', title: 'Story' } }]);
  });

  it('one letter: says so, and will not save it', async () => {
    show(draft('J'));
    await settle();
    expect(root.querySelector('[data-testid="selection-notice"]')!.textContent).toBe('“J” is too short for a name (at least 2 characters): select the whole name, or type it.');
    button('Save name').click();
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toBe('“J” is too short: a name has at least 2 characters.'));
    expect(sent).toEqual([]);
  });

  it('5,000 characters or several paragraphs: says what it kept', async () => {
    show(draft('word '.repeat(1000)));
    await settle();
    expect(field('Name').value).toBe('');
    expect(root.textContent).toContain('The selection has 4999 characters, and a name has at most 100.');
    render(null, root);
    show(draft('Jensen Huang\nsaid that'));
    await settle();
    expect(field('Name').value).toBe('Jensen Huang');
    expect(root.textContent).toContain('The selection spans 2 paragraphs: only its first line is in the form.');
  });

  it('a name that exists: says so at once and offers to open it', async () => {
    const onOpen = vi.fn();
    show(draft('华为'), { onOpen });
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toContain('“华为” already names Huawei.'));
    button('Open Huawei').click();
    expect(onOpen).toHaveBeenCalledWith('huawei');
    button('Save name').click();
    await new Promise((r) => setTimeout(r, 20));
    expect(sent).toEqual([]);
  });
});
