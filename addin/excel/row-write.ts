// Saving one person's row in one sync: the writes hang off a find of the expected name in the name cell,
// so when the row holds someone else Excel stops the batch before anything is written.

import type { RowWrite } from '../../shared/host/bridge';
import type { Language } from '../../shared/i18n/language';
import { message, TeamscanError } from '../../shared/i18n/message';
import { AddinError } from '../texts';
import { literalFindText } from './address';
import { DATE_FORMAT } from './styles';

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH_OFFSET = 25_569;

/** Now as an Excel date serial in local time. */
export function excelNow(now: Date = new Date()): number {
  return (now.getTime() - now.getTimezoneOffset() * 60_000) / MS_PER_DAY + EXCEL_EPOCH_OFFSET;
}

/** Queues the guarded write and syncs once. Rejects (ItemNotFound) when the name cell does not match. */
export async function writeRowOnce(context: Excel.RequestContext, write: RowWrite): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(write.sheet);
  const nameCell = sheet.getRangeByIndexes(write.row - 1, write.nameColumn, 1, 1);
  // find() throws ItemNotFound unless the cell holds exactly this name; every write below depends on it.
  const anchor = nameCell.find(literalFindText(write.expectedName), { completeMatch: true, matchCase: false });
  for (const cell of write.cells) {
    const target = anchor.getOffsetRange(0, cell.column - write.nameColumn);
    if (cell.value === null) {
      target.clear('Contents');
    } else {
      target.numberFormat = [[typeof cell.value === 'string' ? '@' : 'General']];
      target.values = [[cell.value]];
    }
  }
  if (write.updatedColumn !== undefined) {
    const stamp = anchor.getOffsetRange(0, write.updatedColumn - write.nameColumn);
    stamp.numberFormat = [[DATE_FORMAT]];
    stamp.values = [[excelNow()]];
  }
  await context.sync();
}

/** After a refused write: what the name cell holds now, and the refusal to show for it. */
export async function readRowName(
  context: Excel.RequestContext,
  write: RowWrite,
): Promise<{ refusal(lang: Language): Error | undefined }> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(write.sheet);
  sheet.load('name');
  await context.sync();
  if (sheet.isNullObject) return { refusal: (lang) => new AddinError('noSheet', lang, { sheet: write.sheet }) };
  const cell = sheet.getRangeByIndexes(write.row - 1, write.nameColumn, 1, 1);
  cell.load('values');
  await context.sync();
  const actual = String(cell.values[0]?.[0] ?? '');
  const same = actual.trim().toLowerCase() === write.expectedName.trim().toLowerCase();
  return {
    refusal: () =>
      same
        ? undefined
        : new TeamscanError(
            message('rowChanged', { row: write.row, expected: write.expectedName, actual: actual.trim() || '—' }),
          ),
  };
}
