// The CLI counts one person, file or competency in the singular, in Dutch and English.

import { CLI_TEXTS } from '../../cli/texts';

test.each([
  ['nl', '1 persoon, 1 gescand', '2 personen, 0 gescand', 'doel 1 persoon', 'Totaal over 1 bestand', '1 competentie'],
  ['en', '1 person, 1 scanned', '2 people, 0 scanned', 'target 1 person', 'Total over 1 file', '1 competency'],
] as const)('%s: one is singular, more are plural', (lang, one, two, heading, total, item) => {
  const t = CLI_TEXTS[lang];
  expect(t.people('1', '1')).toBe(one);
  expect(t.people('2', '0')).toBe(two);
  expect(t.heading('npuls', '2', '1')).toContain(heading);
  expect(t.heading('npuls', '2', '2')).not.toContain(heading);
  expect(t.total(1)).toBe(total);
  expect(t.total(3)).not.toBe(total);
  expect(t.items(1)).toBe(item);
});
