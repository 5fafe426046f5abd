// @vitest-environment happy-dom
// The card's session: one state record (closed, pending, open, pinned), changed only by events.
// Hover timing (Page Previews), pinning by click, tap and keyboard, switching and stepping,
// marks that go away, focus given back, and a card that opens in the hover timer's own task.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCardSession, type CardSessionOptions } from '../../lib/card/card-session.ts';
import type { CardState } from '../../lib/card/card-state.ts';
import { createDetailsCache } from '../../lib/card/details-cache.ts';
import { entityDetails } from '../../lib/entity-details.ts';
import type { PageMark } from '../../lib/page/mark-registry.ts';
import { pageWithMarks } from '../fixtures/card/page-with-marks.ts';
import { seedKb } from '../fixtures/card/seed-kb.ts';

function setup(overrides: Partial<CardSessionOptions> = {}) {
  const { marks } = pageWithMarks();
  let list: PageMark[] = marks;
  const renders: CardState[] = [];
  const ask = vi.fn(async (id: string) => entityDetails(seedKb(), id));
  const details = createDetailsCache(ask);
  const focus = { active: vi.fn(() => document.activeElement), inCard: vi.fn(() => false), restore: vi.fn() };
  const page = { lineAt: vi.fn(() => 0), scrollTo: vi.fn(), inView: vi.fn(() => true), viewportHeight: () => 800 };
  const onBackgroundShown = vi.fn();
  const session = createCardSession({
    openDelay: 500,
    closeDelay: 300,
    marks: () => list,
    details,
    render: (state) => renders.push(state),
    focus,
    page,
    onBackgroundShown,
    ...overrides,
  });
  const setMarks = (next: PageMark[]) => (list = next);
  return { session, marks, renders, ask, details, focus, page, onBackgroundShown, setMarks };
}

/** Lets the details requests answer. */
const settle = () => vi.advanceTimersByTimeAsync(0);

describe('the card session', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('is pending while the pointer rests, and opens after 500 ms, not sooner', async () => {
    const { session, marks, ask } = setup();
    session.pointerOver(marks[1]!);
    expect(session.state.phase).toBe('pending');
    expect(ask).toHaveBeenCalledWith('nvidia'); // fetched while the pointer rests
    await settle();
    expect(session.state.resting?.details?.entity.id).toBe('nvidia'); // the host can get it ready
    await vi.advanceTimersByTimeAsync(498);
    expect(session.state.phase).toBe('pending');
    await vi.advanceTimersByTimeAsync(2);
    expect(session.state).toMatchObject({ phase: 'open', resting: null, card: { entity: 'nvidia', pinned: false, expanded: false } });
  });

  it('opens in the timer’s own task once the details are at hand', async () => {
    const { session, marks, renders } = setup();
    session.pointerOver(marks[1]!);
    await settle();
    const before = renders.length;
    vi.advanceTimersByTime(500); // synchronously: no microtask runs in between
    expect(renders.slice(before).map((s) => s.phase)).toEqual(['open']);
  });

  it('opens nothing for a quick pass, and closes 300 ms after the pointer leaves', async () => {
    const { session, marks } = setup();
    session.pointerOver(marks[0]!);
    await vi.advanceTimersByTimeAsync(200);
    session.pointerOver(null);
    await vi.advanceTimersByTimeAsync(2000);
    expect(session.state.phase).toBe('closed');

    session.pointerOver(marks[0]!);
    await vi.advanceTimersByTimeAsync(500);
    session.pointerOver(null);
    await vi.advanceTimersByTimeAsync(299);
    expect(session.state.phase).toBe('open');
    await vi.advanceTimersByTimeAsync(1);
    expect(session.state.phase).toBe('closed');
  });

  it('stays open while the pointer is in the card or back on its mark', async () => {
    const { session, marks } = setup();
    session.pointerOver(marks[0]!);
    await vi.advanceTimersByTimeAsync(500);
    session.pointerOver(null);
    await vi.advanceTimersByTimeAsync(150);
    session.pointerInCard(true);
    await vi.advanceTimersByTimeAsync(5000);
    expect(session.state.phase).toBe('open');
    session.pointerInCard(false);
    await vi.advanceTimersByTimeAsync(200);
    session.pointerOver(marks[0]!);
    await vi.advanceTimersByTimeAsync(5000);
    expect(session.state.phase).toBe('open');
  });

  it('moves from one mark to another: the old card closes, the new one opens after its delay', async () => {
    const { session, marks } = setup();
    session.pointerOver(marks[0]!);
    await vi.advanceTimersByTimeAsync(500);
    session.pointerOver(marks[2]!);
    expect(session.state).toMatchObject({ phase: 'open', resting: { mark: marks[2] } });
    await vi.advanceTimersByTimeAsync(300);
    expect(session.state.phase).toBe('pending');
    await vi.advanceTimersByTimeAsync(200);
    expect(session.state.card?.entity).toBe('huawei');
  });

  it('forgets a pending card and closes a hover card on selecting, scrolling or dragging', async () => {
    const { session, marks } = setup();
    session.pointerOver(marks[0]!);
    await vi.advanceTimersByTimeAsync(300);
    session.interrupt();
    await vi.advanceTimersByTimeAsync(1000);
    expect(session.state.phase).toBe('closed');
    session.pointerOver(marks[1]!);
    await vi.advanceTimersByTimeAsync(500);
    session.interrupt();
    expect(session.state.phase).toBe('closed');
  });

  it('pins on a click, with the background and focus; a pinned card ignores the pointer', async () => {
    const { session, marks, focus, onBackgroundShown } = setup();
    const button = document.body.appendChild(document.createElement('button'));
    button.focus();
    session.clickMark(marks[1]!, 'mouse');
    await settle();
    expect(session.state).toMatchObject({ phase: 'pinned', card: { entity: 'nvidia', expanded: true, focus: true }, returnFocus: button });
    expect(onBackgroundShown).toHaveBeenCalledWith('nvidia');
    session.pointerOver(marks[2]!);
    session.pointerOver(null);
    session.interrupt();
    await vi.advanceTimersByTimeAsync(5000);
    expect(session.state.card?.entity).toBe('nvidia');
    // Esc closes and gives focus back, where focus was in the card.
    focus.inCard.mockReturnValue(true);
    expect(session.escape()).toBe(true);
    expect(session.state.phase).toBe('closed');
    expect(focus.restore).toHaveBeenCalledWith(button);
    expect(session.escape()).toBe(false);
  });

  it('opens a compact pinned card on a tap, without taking focus; a tap elsewhere closes it', async () => {
    const { session, marks, focus } = setup();
    session.clickMark(marks[2]!, 'touch');
    await settle();
    expect(session.state).toMatchObject({ phase: 'pinned', card: { entity: 'huawei', expanded: false, focus: false } });
    session.clickElsewhere();
    expect(session.state.phase).toBe('closed');
    expect(focus.restore).not.toHaveBeenCalled();
  });

  it('steps with the keyboard from the open card, and on from the last one while it is in view', async () => {
    const { session, marks, page } = setup();
    session.step(1);
    await settle();
    expect(session.state.card).toMatchObject({ mark: marks[0], pinned: true, focus: true });
    expect(page.scrollTo).toHaveBeenCalledWith(marks[0]);
    session.step(1);
    await settle();
    expect(session.state.card?.mark).toBe(marks[1]);
    session.close();
    session.step(1);
    await settle();
    expect(session.state.card?.mark).toBe(marks[2]);
    session.step(1);
    await settle();
    expect(session.state.card?.mark).toBe(marks[0]); // wraps around
  });

  it('reveals an entity’s first mention, and with next the one after the current, wrapping', async () => {
    const { session, marks, setMarks } = setup();
    const nvidia2 = { ...marks[1]!, range: marks[1]!.range.cloneRange() };
    setMarks([marks[0]!, marks[1]!, marks[2]!, nvidia2]);
    expect(session.reveal('nvidia')).toBe(true);
    await settle();
    expect(session.state.card?.mark).toBe(marks[1]);
    expect(session.reveal('nvidia', true)).toBe(true);
    await settle();
    expect(session.state.card?.mark).toBe(nvidia2);
    session.reveal('nvidia', true);
    await settle();
    expect(session.state.card?.mark).toBe(marks[1]);
    expect(session.reveal('cuda')).toBe(false);
  });

  it('switches to a related entity and expands in place, keeping the mark', async () => {
    const { session, marks, onBackgroundShown } = setup();
    session.pointerOver(marks[1]!);
    await vi.advanceTimersByTimeAsync(500);
    session.switchTo('cuda');
    await settle();
    expect(session.state).toMatchObject({ phase: 'pinned', card: { entity: 'cuda', mark: marks[1], expanded: false } });
    session.expand();
    await settle();
    expect(session.state.card).toMatchObject({ entity: 'cuda', expanded: true });
    expect(onBackgroundShown).toHaveBeenCalledTimes(1);
  });

  it('follows a re-painted mark, and closes when its mark is gone', async () => {
    const { session, marks, setMarks, focus } = setup();
    session.clickMark(marks[1]!, 'mouse');
    await settle();
    const repainted = { ...marks[1]!, range: marks[1]!.range.cloneRange() };
    setMarks([marks[0]!, repainted, marks[2]!]);
    session.marksChanged();
    expect(session.state.card?.mark).toBe(repainted);
    focus.inCard.mockReturnValue(true);
    setMarks([marks[0]!, marks[2]!]);
    session.marksChanged();
    expect(session.state.phase).toBe('closed');
  });

  it('does not even read the marks when they change while no card is shown or about to open', async () => {
    const read = vi.fn(() => [] as PageMark[]);
    const { session, renders } = setup({ marks: read });
    session.marksChanged();
    expect(read).not.toHaveBeenCalled();
    expect(renders).toEqual([]);
  });

  it('re-reads the details on refresh, and shows no card when marking is switched off', async () => {
    const { session, marks, ask, details } = setup();
    session.clickMark(marks[0]!, 'touch');
    await settle();
    details.clear();
    session.refresh();
    await settle();
    expect(ask).toHaveBeenCalledTimes(2);
    expect(session.state.card?.entity).toBe('deepseek');
    session.disable();
    expect(session.state.phase).toBe('closed');
  });

  it('shows nothing for an entity without details, and leaves no timer behind when destroyed', async () => {
    const { session, marks } = setup({ details: createDetailsCache(async () => null) });
    session.pointerOver(marks[0]!);
    await vi.advanceTimersByTimeAsync(600);
    expect(session.state.phase).toBe('closed');
    session.pointerOver(marks[1]!);
    session.destroy();
    await vi.advanceTimersByTimeAsync(5000);
    expect(session.state.phase).toBe('closed');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('uses the delays from the settings', async () => {
    const { session, marks } = setup();
    session.setDelays(100, 50);
    session.pointerOver(marks[0]!);
    await vi.advanceTimersByTimeAsync(100);
    expect(session.state.phase).toBe('open');
    session.pointerOver(null);
    await vi.advanceTimersByTimeAsync(50);
    expect(session.state.phase).toBe('closed');
  });
});
