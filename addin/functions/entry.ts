// Custom-functions entry (loaded by the shared runtime page): registers every Teamscan function with Excel.

import '../polyfills';
import { languageFromLocale } from '../../shared/i18n/language';
import { registerFunctions } from './register';
import { excelValueTypeReader } from './value-types';

// Outside Excel (the page opened in a plain browser) there is no custom-functions runtime to register with.
if (typeof CustomFunctions !== 'undefined') {
  registerFunctions({
    associate: (id, fn) => CustomFunctions.associate(id, fn),
    error: (message) => new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message),
    readValueTypes: excelValueTypeReader((batch) => Excel.run(batch)),
    language: () => languageFromLocale(typeof Office === 'undefined' ? undefined : Office.context?.displayLanguage),
  });
}
