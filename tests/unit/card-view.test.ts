// @vitest-environment happy-dom
// The open path: prepare() (the pointer rests on a mark) gets the card ready off the page;
// show() then renders it in the same task and it is placed before any other task runs,
// so the card makes the next frame. Ordering only: speed is the bench's business.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCardView } from '../../entrypoints/content/card-view.ts';
import { createDetailsCache } from '../../entrypoints/content/card-details.ts';
import { entityDetails } from '../../lib/entity-details.ts';
import type { MarkRegistry } from '../../lib/page/mark-registry.ts';
import { seedKb } from '../fixtures/card/seed-kb.ts';
import { translator } from '../fixtures/translator.ts';
import { pageWithMarks } from '../fixtures/card/page-with-marks.ts';


function view(registry: MarkRegistry, ask = vi.fn(async (id: string) => entityDetails(seedKb(), id))) {
  const onShown = vi.fn();
  const v = createCardView({
    registry,
    details: createDetailsCache(ask),
    language: () => 'en',
    t: translator('en'),
    optionsUrl: (entity) => `chrome-extension://abc/options.html#entity=${entity}`,
    onShown,
    onHidden: vi.fn(),
    onStep: vi.fn(),
    onOpenOptions: vi.fn(),
  });
  return { v, ask, onShown };
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
const host = () => document.querySelector('kb-annotations-card');
const dialog = () => host()?.shadowRoot?.querySelector('[role="dialog"]');
let destroy: (() => void) | undefined;

afterEach(() => {
  destroy?.();
  destroy = undefined;
  document.body.innerHTML = '';
});

describe('the card view’s open path', () => {
  it('prepares off the page, then shows, renders and places in one task', async () => {
    const { registry, marks } = pageWithMarks();
    const { v, ask, onShown } = view(registry);
    destroy = v.destroy;
    v.prepare(marks[1]!);
    await nextTask(); // the details arrive while the pointer rests
    expect(ask).toHaveBeenCalledTimes(1);
    expect(host()).toBeNull(); // prepared, but nothing on the page yet

    v.show({ mark: marks[1]!, entity: 'nvidia', line: 0, pinned: false, expanded: false, focus: false });
    // Synchronously: the host is on the page, the card rendered, announced, reported shown.
    expect(host()?.parentNode).toBe(document.documentElement);
    expect(dialog()?.getAttribute('data-entity')).toBe('nvidia');
    expect(host()?.shadowRoot?.querySelector('[role="status"]')?.textContent).toBe('NVIDIA, company, mention 1 of 1');
    expect(onShown).toHaveBeenCalledWith(marks[1], false);
    // Placement finishes in microtasks: before any other task, so before the next frame.
    await nextTask();
    expect(dialog()?.hasAttribute('data-placed')).toBe(true);
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('heads the card of a model the KB has no entry for with the model, until the reader switches away', async () => {
    const { registry, marks } = pageWithMarks();
    const model = { ...marks[1]!, entity: 'ascend', family: 'ascend', model: 'Ascend 920' };
    const { v } = view({ ...registry, marks: () => [model] });
    destroy = v.destroy;
    v.show({ mark: model, entity: 'ascend', line: 0, pinned: false, expanded: false, focus: false });
    await nextTask();
    expect(dialog()?.getAttribute('data-entity')).toBe('ascend');
    expect(dialog()?.querySelector('h2')?.textContent).toBe('Ascend 920');
    expect(host()?.shadowRoot?.querySelector('[role="status"]')?.textContent).toBe('Ascend 920, chip, mention 1 of 1');
    v.show({ mark: model, entity: 'huawei', line: 0, pinned: true, expanded: false, focus: false });
    await nextTask();
    expect(dialog()?.querySelector('h2')?.textContent).toBe('Huawei');
    expect(dialog()?.querySelector('.model-of')).toBeNull();
  });

  it('still opens when the details have not arrived yet, once they do', async () => {
    const { registry, marks } = pageWithMarks();
    const { v } = view(registry);
    destroy = v.destroy;
    v.show({ mark: marks[2]!, entity: 'huawei', line: 0, pinned: true, expanded: true, focus: false });
    expect(dialog()).toBeFalsy();
    await nextTask();
    await nextTask();
    expect(dialog()?.getAttribute('data-entity')).toBe('huawei');
    expect(dialog()?.getAttribute('data-expanded')).toBe('true');
  });

  it('opens the card asked for even when another mark was prepared', async () => {
    const { registry, marks } = pageWithMarks();
    const { v } = view(registry);
    destroy = v.destroy;
    v.prepare(marks[0]!);
    v.prepare(marks[2]!);
    await nextTask();
    v.show({ mark: marks[0]!, entity: 'deepseek', line: 0, pinned: false, expanded: false, focus: false });
    expect(dialog()?.getAttribute('data-entity')).toBe('deepseek');
    expect(host()?.shadowRoot?.querySelectorAll('[role="dialog"]')).toHaveLength(1);
    v.hide({ restoreFocus: false });
    expect(dialog()).toBeFalsy();
  });

  it('does nothing once destroyed', async () => {
    const { registry, marks } = pageWithMarks();
    const { v } = view(registry);
    v.prepare(marks[1]!);
    v.destroy();
    await nextTask();
    v.show({ mark: marks[1]!, entity: 'nvidia', line: 0, pinned: false, expanded: false, focus: false });
    v.prepare(marks[1]!);
    await nextTask();
    expect(host()).toBeNull();
  });
});
