// A recording fake of the Excel object model (our tests' stand-in for Excel behind Excel.run): operations are
// queued and only run at context.sync(), which is counted; a failing operation stops the rest of its batch.

export { cellOf, emptySheet, type FakeBook, type FakeCell, type FakeSheet, OfficeError } from './fake/model';
export { FakeRange } from './fake/range';
export { type FakeExcel, fakeExcel } from './fake/workbook';
export { FakeWorksheet } from './fake/worksheet';
