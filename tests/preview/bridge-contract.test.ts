// The HostBridge contract against the preview's bridge over its in-memory workbook.

import { PreviewBridge } from '../../preview/bridge';
import { WorkbookStore } from '../../preview/store';
import { describeBridge } from '../support/bridge-contract';

describeBridge('preview', () => new PreviewBridge(new WorkbookStore(), 'nl-NL'));
