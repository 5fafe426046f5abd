// The card's details cache: one request per entity, forgotten on failure, and the answers
// that have arrived readable synchronously, so a prefetched card opens in the same task.
import { describe, expect, it, vi } from 'vitest';
import { createDetailsCache } from '../../lib/card/details-cache.ts';
import type { EntityDetails } from '../../lib/entity-details.ts';

const details = (id: string) => ({ entity: { id } }) as unknown as EntityDetails;

describe('the details cache', () => {
  it('asks once per entity and then has the answer at hand', async () => {
    const ask = vi.fn(async (id: string) => (id === 'gone' ? null : details(id)));
    const cache = createDetailsCache(ask);
    expect(cache.peek('nvidia')).toBeUndefined();
    const first = cache.get('nvidia');
    expect(cache.get('nvidia')).toBe(first);
    expect(cache.peek('nvidia')).toBeUndefined(); // not arrived yet
    const value = await first;
    expect(cache.peek('nvidia')).toBe(value);
    expect(ask).toHaveBeenCalledTimes(1);
    await cache.get('gone');
    expect(cache.peek('gone')).toBeNull(); // known to have no details
  });

  it('forgets a failed request, so the next hover asks again', async () => {
    const ask = vi.fn().mockRejectedValueOnce(new Error('worker gone')).mockResolvedValue(details('cuda'));
    const cache = createDetailsCache(ask);
    expect(await cache.get('cuda')).toBeNull();
    expect(cache.peek('cuda')).toBeUndefined();
    expect((await cache.get('cuda'))?.entity.id).toBe('cuda');
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('forgets everything on clear(), and an answer to a request from before does not come back', async () => {
    let answer: (value: EntityDetails) => void = () => {};
    const ask = vi.fn().mockImplementationOnce(() => new Promise((resolve) => (answer = resolve))).mockResolvedValue(details('new'));
    const cache = createDetailsCache(ask);
    const old = cache.get('huawei');
    cache.clear();
    answer(details('old'));
    await old;
    expect(cache.peek('huawei')).toBeUndefined();
    expect((await cache.get('huawei'))?.entity.id).toBe('new');
    expect(cache.peek('huawei')?.entity.id).toBe('new');
  });
});
