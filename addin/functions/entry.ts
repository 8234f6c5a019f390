// Custom-functions entry (loaded by the shared runtime page): registers every Teamscan function with Excel.

import '../polyfills';
import { languageFromLocale } from '../../shared/i18n/language';
import { officeRun } from '../excel/run';
import { batchedValueTypeReader } from './batch-reads';
import { excelError } from './errors';
import { registerFunctions } from './register';
import { excelValueTypeReader } from './value-types';

// Outside Excel (the page opened in a plain browser) there is no custom-functions runtime to register with.
if (typeof CustomFunctions !== 'undefined') {
  registerFunctions({
    associate: (id, fn) => CustomFunctions.associate(id, fn),
    error: (message, kind) =>
      excelError(kind, message, (code, text) => new CustomFunctions.Error(CustomFunctions.ErrorCode[code], text)),
    // One Excel.run per recalculation for all calls that need value types (batch-reads.ts).
    readValueTypes: batchedValueTypeReader(excelValueTypeReader(officeRun)),
    language: () => languageFromLocale(typeof Office === 'undefined' ? undefined : Office.context?.displayLanguage),
  });
}
