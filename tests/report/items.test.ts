// A person's item strengths and growth points (the personal report at item detail), as rules over any levels.

import fc from 'fast-check';
import { growthPoints, type ItemLevel, itemStrengths } from '../../shared/report/items';

test('strengths are the items at 3 or more; growth points the wished areas’ items at 0 or 1, else the lowest below 4', () => {
  const levels = fc.array(fc.constantFrom(0, 1, 2, 3, 4), { minLength: 8, maxLength: 8 });
  const wishes = fc.array(fc.constantFrom(0, 1), { minLength: 4, maxLength: 4 });
  fc.assert(
    fc.property(levels, wishes, (values, wished) => {
      const items: ItemLevel[] = values.map((level, index) => ({
        area: Math.floor(index / 2),
        item: { id: `X-K${index}`, text: `item ${index}` },
        level,
      }));
      const strong = itemStrengths(items).flatMap((group) => group.items);
      expect(strong.map((entry) => entry.item.id).sort()).toEqual(
        items
          .filter((entry) => entry.level >= 3)
          .map((entry) => entry.item.id)
          .sort(),
      );
      const growth = growthPoints(items, wished);
      const inWish = items.filter((entry) => wished[entry.area] && entry.level <= 1);
      if (inWish.length > 0) {
        expect(growth.fromWishes).toBe(true);
        expect(growth.items).toHaveLength(inWish.length);
      } else {
        expect(growth.fromWishes).toBe(false);
        const below = items
          .filter((entry) => entry.level < 4)
          .map((entry) => entry.level)
          .sort();
        expect(growth.items.map((entry) => entry.level)).toEqual(below.slice(0, 3));
      }
    }),
  );
});
