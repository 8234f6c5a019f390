// The HostBridge contract against the ExcelBridge over the recording fake of Excel.run (tests/addin/fake).

import { ExcelBridge } from '../../addin/excel/bridge';
import { describeBridge } from '../support/bridge-contract';
import { fakeExcel } from './fake-excel';

describeBridge('Excel', () => new ExcelBridge(fakeExcel({ sheets: [] }).run, 'nl-NL'));
