import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHoverIntent } from '../../lib/card/hover-intent.ts';

function setup(openDelay = 500, closeDelay = 300) {
  const events: string[] = [];
  const intent = createHoverIntent<string>({
    openDelay,
    closeDelay,
    onOpen: (t) => events.push(`open ${t}`),
    onClose: () => events.push('close'),
    onIntent: (t) => events.push(`intent ${t}`),
  });
  return { intent, events };
}

describe('hover intent', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('opens after resting 500 ms on a mark, and not before', () => {
    const { intent, events } = setup();
    intent.pointerOver('a');
    vi.advanceTimersByTime(499);
    expect(events).toEqual(['intent a']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['intent a', 'open a']);
  });

  it('opens nothing for a quick pass over a mark', () => {
    const { intent, events } = setup();
    intent.pointerOver('a');
    vi.advanceTimersByTime(200);
    intent.pointerOver(null);
    vi.advanceTimersByTime(2000);
    expect(events).toEqual(['intent a']);
  });

  it('closes 300 ms after the pointer leaves the mark', () => {
    const { intent, events } = setup();
    intent.pointerOver('a');
    vi.advanceTimersByTime(500);
    intent.pointerOver(null);
    vi.advanceTimersByTime(299);
    expect(events.at(-1)).toBe('open a');
    vi.advanceTimersByTime(1);
    expect(events.at(-1)).toBe('close');
  });

  it('stays open while the pointer crosses into the card and rests there', () => {
    const { intent, events } = setup();
    intent.pointerOver('a');
    vi.advanceTimersByTime(500);
    intent.pointerOver(null);
    vi.advanceTimersByTime(150); // crossing the gap
    intent.pointerInCard(true);
    vi.advanceTimersByTime(5000);
    expect(events.at(-1)).toBe('open a');
    intent.pointerInCard(false);
    vi.advanceTimersByTime(300);
    expect(events.at(-1)).toBe('close');
  });

  it('keeps the card when the pointer comes back to its mark within the grace period', () => {
    const { intent, events } = setup();
    intent.pointerOver('a');
    vi.advanceTimersByTime(500);
    intent.pointerOver(null);
    vi.advanceTimersByTime(200);
    intent.pointerOver('a');
    vi.advanceTimersByTime(5000);
    expect(events).toEqual(['intent a', 'open a']);
  });

  it('moves from one mark to another: the old card closes, the new one opens after its delay', () => {
    const { intent, events } = setup();
    intent.pointerOver('a');
    vi.advanceTimersByTime(500);
    intent.pointerOver('b');
    vi.advanceTimersByTime(300);
    expect(events.at(-1)).toBe('close');
    vi.advanceTimersByTime(200);
    expect(events.at(-1)).toBe('open b');
  });

  it('still opens the next card when closing the old one reports back (as the card view does)', () => {
    const events: string[] = [];
    const intent = createHoverIntent<string>({
      openDelay: 500,
      closeDelay: 300,
      onOpen: (t) => events.push(`open ${t}`),
      onClose: () => {
        events.push('close');
        intent.hidden();
      },
    });
    intent.pointerOver('a');
    vi.advanceTimersByTime(500);
    intent.pointerOver(null);
    intent.pointerOver('b');
    vi.advanceTimersByTime(500);
    expect(events).toEqual(['open a', 'close', 'open b']);
  });

  it('forgets a pending card and closes an open one when the reader selects, scrolls or drags', () => {
    const { intent, events } = setup();
    intent.pointerOver('a');
    vi.advanceTimersByTime(300);
    intent.interrupt();
    vi.advanceTimersByTime(1000);
    expect(events).toEqual(['intent a']);
    intent.pointerOver('b');
    vi.advanceTimersByTime(500);
    intent.interrupt();
    expect(events).toEqual(['intent a', 'intent b', 'open b', 'close']);
  });

  it('leaves a pinned card alone: no grace period, no new cards from hovering', () => {
    const { intent, events } = setup();
    intent.shown('a', true);
    intent.pointerOver('b');
    intent.pointerOver(null);
    intent.interrupt();
    vi.advanceTimersByTime(5000);
    expect(events).toEqual([]);
    expect(intent.state).toMatchObject({ open: 'a', pinned: true });
    intent.hidden();
    intent.pointerOver('c');
    vi.advanceTimersByTime(500);
    expect(events).toEqual(['intent c', 'open c']);
  });

  it('uses the delays from the settings', () => {
    const { intent, events } = setup();
    intent.setDelays(100, 50);
    intent.pointerOver('a');
    vi.advanceTimersByTime(100);
    intent.pointerOver(null);
    vi.advanceTimersByTime(50);
    expect(events).toEqual(['intent a', 'open a', 'close']);
  });

  it('leaves no timer behind when disposed', () => {
    const { intent, events } = setup();
    intent.pointerOver('a');
    intent.dispose();
    vi.advanceTimersByTime(5000);
    expect(events).toEqual(['intent a']);
    expect(vi.getTimerCount()).toBe(0);
  });
});
