// Levels with hidden characters (docs/design.md#3-levels-and-cell-values, docs/design.md#9-reliability-and-privacy): a zero-width character makes no level; a non-breaking space is a space.

import { EMPTY, INVALID, NOT_APPLICABLE } from '../../shared/levels/levels';
import { readLevel } from '../../shared/levels/parse';
import { foldText, showInvisible } from '../../shared/text/normalize';

test.each(['3\u200B', '\u200B3', 'Ge\u200Cvorderd', 'n.v.t.\u2060', '\uFEFF2', 'x\u200D'])(
  '%p is no level (never read as what it looks like)',
  (value) => {
    expect(readLevel(value)).toBe(INVALID);
  },
);

test.each([
  ['3\u00A0', 3],
  ['\u202F3 - Gevorderd', 3],
  ['n.v.t.\u2007', NOT_APPLICABLE],
])('%p reads as %p: a non-breaking space is a space', (value, level) => {
  expect(readLevel(value)).toBe(level);
});

test('a cell holding only a zero-width character is empty, as it looks', () => {
  expect(readLevel('\u200B')).toBe(EMPTY);
});

test('showInvisible writes every hidden character as its escape', () => {
  expect(showInvisible('3\u200B')).toBe('3\\u200b');
  expect(showInvisible('A\u00A0B\u202FC\u2007D\u2060E\uFEFF')).toBe('A\\u00a0B\\u202fC\\u2007D\\u2060E\\ufeff');
  expect(showInvisible('René')).toBe('René');
});

test('foldText drops zero-width characters and reads non-breaking spaces as spaces', () => {
  expect(foldText('\u00A0Anna\u200B\u202Fde\u2007Vries\uFEFF')).toBe('anna de vries');
});
