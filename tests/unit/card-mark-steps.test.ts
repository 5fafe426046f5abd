// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mentionPlace, stepMark, stepMention } from '../../lib/card/mark-steps.ts';
import { nearestRectIndex } from '../../lib/card/line-anchor.ts';
import { mayBeOverText } from '../../lib/card/mark-at-point.ts';
import type { PageMark } from '../../lib/page/mark-registry.ts';

const mark = (entity: string): PageMark => ({ entity, family: entity, range: document.createRange() });
const marks = [mark('nvidia'), mark('huawei'), mark('nvidia'), mark('cuda'), mark('nvidia')];
const tops = new Map(marks.map((m, i) => [m, i * 500 - 1000])); // marks 0, 1 above the viewport
const top = (m: PageMark) => tops.get(m)!;

describe('stepping through marks', () => {
  it('goes to the next and previous mark and wraps around', () => {
    expect(stepMark(marks, marks[1]!, 1, 800, top)).toBe(marks[2]);
    expect(stepMark(marks, marks[4]!, 1, 800, top)).toBe(marks[0]);
    expect(stepMark(marks, marks[0]!, -1, 800, top)).toBe(marks[4]);
  });

  it('starts where the reader is when no card is open', () => {
    expect(stepMark(marks, null, 1, 800, top)).toBe(marks[2]); // first at or below the top
    expect(stepMark(marks, null, -1, 800, top)).toBe(marks[3]); // last above the bottom (500 < 800)
    expect(stepMark([], null, 1, 800, top)).toBeUndefined();
  });

  it('counts mentions of the entity and steps among them', () => {
    expect(mentionPlace(marks, 'nvidia', marks[2]!)).toEqual({ index: 2, total: 3 });
    expect(mentionPlace(marks, 'huawei', marks[2]!)).toEqual({ index: null, total: 1 });
    expect(mentionPlace(marks, 'ascend', null)).toEqual({ index: null, total: 0 });
    expect(stepMention(marks, 'nvidia', marks[2]!, 1)).toBe(marks[4]);
    expect(stepMention(marks, 'nvidia', marks[4]!, 1)).toBe(marks[0]);
    expect(stepMention(marks, 'nvidia', marks[0]!, -1)).toBe(marks[4]);
    expect(stepMention(marks, 'nvidia', marks[1]!, -1)).toBe(marks[4]);
    expect(stepMention(marks, 'ascend', null, 1)).toBeUndefined();
  });
});

describe('the line box under the pointer', () => {
  const rect = (left: number, top: number, width: number, height: number) => ({ left, top, right: left + width, bottom: top + height, width, height, x: left, y: top }) as DOMRectReadOnly;
  const lines = [rect(500, 100, 80, 20), rect(0, 120, 40, 20)]; // a mark wrapping to the next line

  it('is the one that holds the pointer, else the nearest', () => {
    expect(nearestRectIndex(lines, 10, 130)).toBe(1);
    expect(nearestRectIndex(lines, 550, 110)).toBe(0);
    expect(nearestRectIndex(lines, 45, 131)).toBe(1);
    expect(nearestRectIndex(lines, 590, 99)).toBe(0);
  });
});

describe('skipping hit tests away from text', () => {
  it('hit-tests only over elements with text of their own', () => {
    const p = document.createElement('p');
    p.innerHTML = 'Text <b>NVIDIA</b>';
    const div = document.createElement('div');
    div.innerHTML = '  <img>  ';
    expect(mayBeOverText(p)).toBe(true);
    expect(mayBeOverText(p.querySelector('b'))).toBe(true);
    expect(mayBeOverText(div)).toBe(false);
    expect(mayBeOverText(div.querySelector('img'))).toBe(false);
    expect(mayBeOverText(null)).toBe(false);
  });
});
