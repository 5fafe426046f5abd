// @vitest-environment happy-dom
// The session's state drawn into the host: while the pointer rests (pending) the card is got
// ready off the page; when the delay ends it is rendered and placed within that one task, so it
// makes the next frame; its mark is emphasised in `kb-current` while it is open. Ordering only:
// speed is the bench's business.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCardHost, type CardHost } from '../../components/card/card-host.tsx';
import { createCardRenderer } from '../../components/card/card-renderer.ts';
import { createCardSession } from '../../lib/card/card-session.ts';
import { CURRENT_HIGHLIGHT } from '../../lib/card/current-mark.ts';
import { createDetailsCache } from '../../lib/card/details-cache.ts';
import { entityDetails } from '../../lib/entity-details.ts';
import type { PageMark } from '../../lib/page/mark-registry.ts';
import { pageWithMarks } from '../fixtures/card/page-with-marks.ts';
import { seedKb } from '../fixtures/card/seed-kb.ts';
import { translator } from '../fixtures/translator.ts';
import { installHighlightPolyfill } from './highlight-polyfill.ts';

beforeAll(() => installHighlightPolyfill());

function setup(markList?: PageMark[]) {
  const { marks } = pageWithMarks();
  const list = markList ?? marks;
  let host: CardHost | undefined;
  const ask = vi.fn(async (id: string) => entityDetails(seedKb(), id));
  const noop = () => {};
  const renderer = createCardRenderer({
    host: () => (host ??= createCardHost()),
    marks: () => list,
    language: () => 'en',
    t: translator('en'),
    optionsUrl: (entity) => `chrome-extension://abc/options.html#entity=${entity}`,
    why: () => undefined,
    actions: { onBackground: noop, onClose: noop, onStep: noop, onSwitch: noop, onOpenOptions: noop, onSidePanel: noop, onAddArticle: noop, onSwitchOff: noop },
  });
  const session = createCardSession({
    openDelay: 500,
    closeDelay: 300,
    marks: () => list,
    details: createDetailsCache(ask),
    render: (state) => renderer.render(state),
    focus: { active: () => null, inCard: () => !!host?.focusInCard(), restore: noop },
    page: { lineAt: () => 0, scrollTo: noop, inView: () => true, viewportHeight: () => 800 },
  });
  teardown = () => {
    session.destroy();
    renderer.stop();
    host?.destroy();
  };
  return { session, marks, ask, host: () => host };
}

let teardown: (() => void) | undefined;
afterEach(() => {
  teardown?.();
  teardown = undefined;
  vi.useRealTimers();
  document.body.innerHTML = '';
});

const hostElement = () => document.querySelector('kb-annotations-card');
const dialog = () => hostElement()?.shadowRoot?.querySelector('[role="dialog"]');
const current = () => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(CURRENT_HIGHLIGHT);

describe('the card drawn from the session’s state', () => {
  it('gets ready off the page while the pointer rests, then renders, places and shows in one task', async () => {
    vi.useFakeTimers();
    const { session, marks, ask, host } = setup();
    session.pointerOver(marks[1]!);
    await vi.advanceTimersByTimeAsync(0); // the details arrive while the pointer rests
    expect(ask).toHaveBeenCalledTimes(1);
    expect(host()).toBeDefined(); // made and the card staged…
    expect(hostElement()).toBeNull(); // …but nothing on the page yet

    vi.advanceTimersByTime(500);
    // Synchronously, in the timer's task: on the page, rendered, announced.
    expect(hostElement()?.parentNode).toBe(document.documentElement);
    expect(dialog()?.getAttribute('data-entity')).toBe('nvidia');
    expect(hostElement()?.shadowRoot?.querySelector('[role="status"]')?.textContent).toBe('NVIDIA, company, mention 1 of 1');
    // Placement finishes in microtasks (no timer runs here: they are fake and not advanced),
    // so before any other task, so before the next frame.
    for (let i = 0; i < 100 && !dialog()?.hasAttribute('data-placed'); i++) await Promise.resolve();
    expect(dialog()?.hasAttribute('data-placed')).toBe(true);
  });

  it('emphasises the open card’s mark in kb-current, follows ‹ ›, and lets go when the card closes', async () => {
    const { marks } = pageWithMarks();
    const second = { ...marks[1]!, range: marks[1]!.range.cloneRange() };
    second.range.setStart(marks[2]!.range.startContainer, 31);
    second.range.setEnd(marks[2]!.range.startContainer, 37);
    const { session } = setup([marks[0]!, marks[1]!, second]);
    session.reveal('nvidia');
    await vi.waitFor(() => expect(dialog()).toBeTruthy());
    expect([...current()!]).toEqual([marks[1]!.range]);
    session.stepMention(1);
    await vi.waitFor(() => expect([...current()!]).toEqual([second.range]));
    session.close();
    expect(current()).toBeUndefined();
  });

  it('heads the card of a model the KB has no entry for with the model, until the reader switches away', async () => {
    const { marks } = pageWithMarks();
    const model = { ...marks[1]!, entity: 'ascend', family: 'ascend', model: 'Ascend 920' };
    const { session } = setup([model]);
    session.clickMark(model, 'touch');
    await vi.waitFor(() => expect(dialog()?.getAttribute('data-entity')).toBe('ascend'));
    expect(dialog()?.querySelector('h2')?.textContent).toBe('Ascend 920');
    expect(hostElement()?.shadowRoot?.querySelector('[role="status"]')?.textContent).toBe('Ascend 920, chip, mention 1 of 1');
    session.switchTo('huawei');
    await vi.waitFor(() => expect(dialog()?.querySelector('h2')?.textContent).toBe('Huawei'));
    expect(dialog()?.querySelector('.model-of')).toBeNull();
  });

  it('shows the card asked for even when another mark was got ready, and only one', async () => {
    vi.useFakeTimers();
    const { session, marks } = setup();
    session.pointerOver(marks[2]!);
    await vi.advanceTimersByTimeAsync(0);
    session.clickMark(marks[0]!, 'touch');
    await vi.advanceTimersByTimeAsync(0);
    expect(dialog()?.getAttribute('data-entity')).toBe('deepseek');
    expect(hostElement()?.shadowRoot?.querySelectorAll('[role="dialog"]')).toHaveLength(1);
    session.clickElsewhere();
    expect(dialog()).toBeFalsy();
  });
});
