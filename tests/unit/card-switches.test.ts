// The card's switches and their Undo: each is one request the background stores and spreads to
// every tab; the notice says what happened and offers Undo, which sends the opposite request
// once; a request that fails says so and offers nothing to undo.
import { describe, expect, it, vi } from 'vitest';
import { applySwitch, switchRequest, type CardSwitch, type Send } from '../../lib/card/switches.ts';
import type { Notice } from '../../lib/card/notice.ts';
import { de, en } from '../fixtures/translator.ts';

const site: CardSwitch = { kind: 'site', entity: 'nvidia', name: 'NVIDIA', site: 'news.example' };
const entity: CardSwitch = { kind: 'entity', entity: 'nvidia', name: 'NVIDIA' };
const pause: CardSwitch = { kind: 'pause' };

function recorder(fail = false) {
  const sent: [string, unknown][] = [];
  const send = vi.fn(async (type: string, payload: unknown) => {
    sent.push([type, payload]);
    if (fail) throw new Error('Could not establish connection');
  }) as unknown as Send;
  return { send, sent };
}

describe('the card’s switches', () => {
  it('are the background’s existing requests, and their opposites', async () => {
    const { send, sent } = recorder();
    for (const s of [site, entity, pause]) {
      await switchRequest(s, true, send);
      await switchRequest(s, false, send);
    }
    expect(sent).toEqual([
      ['dismissal:set', { entity: 'nvidia', site: 'news.example', dismissed: true }],
      ['dismissal:set', { entity: 'nvidia', site: 'news.example', dismissed: false }],
      ['entity:set-enabled', { entity: 'nvidia', enabled: false }],
      ['entity:set-enabled', { entity: 'nvidia', enabled: true }],
      ['settings:update', { paused: true }],
      ['settings:update', { paused: false }],
    ]);
  });

  it('say what they did, with Undo; Undo switches back once and says so', async () => {
    const { send, sent } = recorder();
    const notices: Notice[] = [];
    await applySwitch(site, send, en, (n) => notices.push(n));
    expect(notices).toHaveLength(1);
    expect(notices[0]!.text).toBe('NVIDIA is no longer marked on news.example.');
    expect(notices[0]!.undo).toBeTypeOf('function');
    notices[0]!.undo!();
    notices[0]!.undo!(); // a second click changes nothing
    await vi.waitFor(() => expect(notices).toHaveLength(2));
    expect(notices[1]).toEqual({ text: 'NVIDIA is marked on news.example again.' });
    expect(sent.map(([, p]) => (p as { dismissed: boolean }).dismissed)).toEqual([true, false]);
  });

  it('say it in German too', async () => {
    const { send } = recorder();
    const texts: string[] = [];
    for (const s of [site, entity, pause]) await applySwitch(s, send, de, (n) => texts.push(n.text));
    expect(texts).toEqual(['NVIDIA wird auf news.example nicht mehr markiert.', 'NVIDIA wird nirgends mehr markiert.', 'Das Markieren ist überall pausiert.']);
  });

  it('say so when the background does not answer, and offer nothing to undo', async () => {
    const { send } = recorder(true);
    const notices: Notice[] = [];
    await applySwitch(pause, send, en, (n) => notices.push(n));
    expect(notices).toEqual([{ text: expect.stringMatching(/^That did not work: .*nothing was changed/), failed: true }]);
  });
});
