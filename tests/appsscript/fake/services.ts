// An in-memory SpreadsheetApp, LockService, HtmlService, PropertiesService and Session that record calls.

import { MANIFEST_SCOPES } from '../../../appsscript/sidebar/selftest/scopes';
import { type FaultPlan, withFaults } from './faults';
import { createFakeForms, type FakeForms } from './forms';
import type { CallLog, FakeRange } from './sheet';
import { FakeSpreadsheet } from './spreadsheet';

export { FakeSpreadsheet };

export interface FakeLockState {
  held: boolean;
  acquired: number;
  released: number;
  /** Set to make the next tryLock fail as if another member held the lock. */
  contended: boolean;
  /** With `contended`: the other member releases the lock after this many ms (never, when absent). */
  freeAfterMs?: number;
  /** Simulated time the executions spent waiting for the lock, in ms. */
  waitedMs: number;
  /** Makes getDocumentLock give null, as it does outside a document (the host answering the other way). */
  missing?: boolean;
}

export interface FakeGas {
  readonly log: CallLog;
  readonly ui: {
    /** `addon`: made with Ui.createAddonMenu (under Extensions, named after the add-on), else createMenu. */
    menus: { caption: string; addon: boolean; items: [string, string][] }[];
    sidebars: { file: string; title: string }[];
    /** Ui.showModalDialog calls: the HtmlOutput's content and size, and the dialog's title. */
    dialogs: { html: string; width?: number; height?: number; title: string; closed?: boolean }[];
  };
  readonly spreadsheet: FakeSpreadsheet;
  readonly lock: FakeLockState;
  /** Fault injection: every call on SpreadsheetApp and the objects it hands out is counted; `failAt` fails one. */
  readonly faults: FaultPlan;
  readonly userProperties: Map<string, string>;
  /** PropertiesService.getDocumentProperties(): shared by everyone using the spreadsheet. */
  readonly documentProperties: Map<string, string>;
  /** FormApp (fake/forms.ts): the forms made and their responses. */
  readonly forms: FakeForms;
  locale: string;
  flushes: number;
  /**
   * Set to make the next flush throw: a call Sheets held back in a batch that fails when it is applied
   * ("Spreadsheet operations are sometimes bundled together"; SpreadsheetApp.flush applies them).
   */
  flushFailure?: Error;
  /** The cell a custom function is running in (SpreadsheetApp.getActiveRange in a custom function). */
  callingCell: FakeRange | null;
  /** The scopes the user granted (granular consent may leave some out); the manifest's by default. */
  grantedScopes: string[];
  /** The globals Apps Script gives a script. */
  readonly globals: Record<string, unknown>;
}

/**
 * Calls that leave held-back writes held: the content writes themselves (spreadsheet.ts) and calls that only
 * hand out an object or its position, which need no cell content. Every other call (a read, a structural
 * change) first applies what is held.
 */
const KEEPS_PENDING: ReadonlySet<string> = new Set([
  'setValues',
  'setFormulas',
  'setFormula',
  'clearContent',
  'getActiveSpreadsheet',
  'getSheetByName',
  'getRange',
  'getName',
  'getMaxRows',
  'getMaxColumns',
  'getRow',
  'getColumn',
  'getNumRows',
  'getNumColumns',
  'getSheet',
]);

/** The add-on's (and the Apps Script project's) name, as the Extensions menu shows it. */
export const ADDON_NAME = 'Teamscan';

export function createFakeGas(): FakeGas {
  const log: CallLog = [];
  const spreadsheet = new FakeSpreadsheet(log);
  const gas: FakeGas = {
    log,
    ui: { menus: [], sidebars: [], dialogs: [] },
    spreadsheet,
    lock: { held: false, acquired: 0, released: 0, contended: false, waitedMs: 0 },
    faults: { calls: 0 },
    userProperties: new Map(),
    documentProperties: new Map(),
    forms: createFakeForms(spreadsheet, 'spreadsheet1'),
    locale: 'nl',
    flushes: 0,
    callingCell: null,
    grantedScopes: [...MANIFEST_SCOPES],
    globals: {},
  };
  const rule = (kind: string) => {
    const spec: Record<string, unknown> = { kind };
    const builder: Record<string, (...args: unknown[]) => unknown> = {};
    for (const method of [
      'requireValueInList',
      'setAllowInvalid',
      'setHelpText',
      'setGradientMinpointWithValue',
      'setGradientMidpointWithValue',
      'setGradientMaxpointWithValue',
      'whenTextEqualTo',
      'setBackground',
    ]) {
      builder[method] = (...args: unknown[]) => {
        spec[method] = args.length === 1 ? args[0] : args;
        return builder;
      };
    }
    builder.setRanges = (ranges: unknown) => {
      spec.ranges = ranges;
      return builder;
    };
    builder.build = () => ({ ...spec, getRanges: () => spec.ranges as FakeRange[] });
    return builder;
  };
  const menuBuilder = (caption: string, addon: boolean) => {
    const menu = { caption, addon, items: [] as [string, string][] };
    const api = {
      addItem: (label: string, fn: string) => {
        menu.items.push([label, fn]);
        return api;
      },
      addToUi: () => {
        gas.ui.menus.push(menu);
      },
    };
    return api;
  };
  const SpreadsheetApp = {
    getActiveSpreadsheet: () => spreadsheet,
    getActiveRange: () => gas.callingCell ?? spreadsheet.getActiveRange(),
    getUi: () => ({
      createMenu: (caption: string) => menuBuilder(caption, false),
      // Ui.createAddonMenu(): "Creates a builder that can be used to insert a sub-menu into the editor's Extensions
      // menu"; its name is the add-on's (bound to a file: the script's), so it takes no caption.
      // https://developers.google.com/apps-script/reference/base/ui#createaddonmenu
      createAddonMenu: () => menuBuilder(ADDON_NAME, true),
      showSidebar: (output: { file: string; title: string }) => {
        gas.ui.sidebars.push(output);
      },
      // Ui.showModalDialog(userInterface, title): "Opens a modal dialog box in the user's editor with custom
      // client-side content" (developers.google.com/apps-script/reference/base/ui#showmodaldialoguserinterface,-title).
      showModalDialog: (output: { html: string; width?: number; height?: number }, title: string) => {
        if (typeof title !== 'string') throw new Error('showModalDialog: the title is a string');
        gas.ui.dialogs.push({ html: output.html, width: output.width, height: output.height, title });
      },
    }),
    // SpreadsheetApp.flush: "Applies all pending Spreadsheet changes" — the held-back writes (spreadsheet.ts),
    // any of which can fail here. https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush
    flush: () => {
      gas.flushes++;
      spreadsheet.applyPending();
      const error = gas.flushFailure;
      gas.flushFailure = undefined;
      if (error) throw error;
    },
    newDataValidation: () => rule('validation'),
    newConditionalFormatRule: () => rule('conditional'),
    ProtectionType: { SHEET: 'SHEET', RANGE: 'RANGE' },
    InterpolationType: { NUMBER: 'NUMBER' },
  };
  // Lock.tryLock(timeoutInMillis): "Attempts to acquire the lock, timing out after the provided number of
  // milliseconds"; false when it could not. Executions run one after another here: `contended` stands for another
  // member's execution holding the lock, which it releases after `freeAfterMs`. The wait is simulated time: up to
  // the timeout, then false; or until the release, then the lock.
  // https://developers.google.com/apps-script/reference/lock/lock#trylocktimeoutinmillis
  const lock = {
    tryLock: (timeoutInMillis: number) => {
      if (gas.lock.contended) {
        const free = gas.lock.freeAfterMs;
        if (free === undefined || free > timeoutInMillis) {
          gas.lock.waitedMs += timeoutInMillis;
          return false;
        }
        gas.lock.waitedMs += free;
        gas.lock.contended = false;
      }
      if (gas.lock.held) return false;
      gas.lock.held = true;
      gas.lock.acquired++;
      return true;
    },
    releaseLock: () => {
      if (gas.lock.held) gas.lock.released++;
      gas.lock.held = false;
    },
  };
  Object.assign(gas.globals, {
    // flush is not counted as a call that fails on its own (`failAt`); what it applies can fail (failPending).
    // A read or a structural change first applies what is held: a read must see the writes.
    SpreadsheetApp: withFaults(SpreadsheetApp, gas.faults, new Set(['flush']), (method) => {
      if (!KEEPS_PENDING.has(method)) spreadsheet.applyPending();
    }),
    // LockService.getDocumentLock: "Lock|null — a lock scoped to the script and current document, or null if called
    // from a standalone script or web app" (developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()).
    LockService: { getDocumentLock: () => (gas.lock.missing ? null : lock) },
    HtmlService: {
      // createHtmlOutput(html): an HtmlOutput holding the page; setWidth / setHeight set the dialog's initial
      // size in pixels and return the output for chaining (developers.google.com/apps-script/reference/html/html-output).
      createHtmlOutput: (html: string) => {
        const output: { html: string; width?: number; height?: number; [method: string]: unknown } = {
          html: String(html),
          setWidth: (width: number) => {
            output.width = width;
            return output;
          },
          setHeight: (height: number) => {
            output.height = height;
            return output;
          },
        };
        return output;
      },
      createHtmlOutputFromFile: (file: string) => {
        const output = {
          file,
          title: '',
          setTitle: (title: string) => {
            output.title = title;
            return output;
          },
        };
        return output;
      },
    },
    // Properties: getProperty gives null for a key not set; getProperties "Gets a copy of all key-value pairs";
    // setProperties sets several at once (https://developers.google.com/apps-script/reference/properties/properties).
    PropertiesService: {
      getUserProperties: () => propertiesOf(gas.userProperties),
      getDocumentProperties: () => propertiesOf(gas.documentProperties),
    },
    FormApp: gas.forms.FormApp,
    Session: { getActiveUserLocale: () => gas.locale },
    // ScriptApp.getAuthorizationInfo(authMode, oAuthScopes).getAuthorizedScopes(): "Gets a list of authorized scopes
    // for the script. If authorization information is requested for a specified list of scopes, returns the
    // authorized scopes from the specified list."
    // https://developers.google.com/apps-script/reference/script/authorization-info#getAuthorizedScopes()
    ScriptApp: {
      AuthMode: { FULL: 'FULL' },
      getAuthorizationInfo: (_mode: unknown, scopes: string[] = []) => ({
        getAuthorizedScopes: () => scopes.filter((scope) => gas.grantedScopes.includes(scope)),
      }),
    },
  });
  return gas;
}

function propertiesOf(store: Map<string, string>) {
  const api = {
    getProperty: (key: string) => store.get(key) ?? null,
    setProperty(key: string, value: string) {
      store.set(key, String(value));
      return api;
    },
    getProperties: () => Object.fromEntries(store),
    // Properties.deleteProperty(key): "Deletes the property with the given key in the current Properties store."
    deleteProperty(key: string) {
      store.delete(key);
      return api;
    },
    setProperties(values: Record<string, string>) {
      for (const [key, value] of Object.entries(values)) store.set(key, String(value));
      return api;
    },
  };
  return api;
}

/** The calls of one method, optionally on one sheet. */
export function callsOf(gas: FakeGas, method: string, sheet?: string) {
  return gas.log.filter((call) => call.method === method && (sheet === undefined || call.sheet === sheet));
}
