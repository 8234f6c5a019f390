// Sheets re-reads on change: the sidebar polls one fingerprint of the matrix and Dekking (no sheet event reaches a
// sidebar), tells the panel only when it changed, slows down while nothing changes and polls nothing while hidden.

import { ENDPOINTS } from '../../appsscript/api';
import { SheetsBridge } from '../../appsscript/sidebar/bridge';
import { ServerClient } from '../../appsscript/sidebar/client';
import { CHANGE_POLL_MAX_MS, CHANGE_POLL_MS } from '../../appsscript/sidebar/watch';
import { loadGas } from './fake/load-gas';
import { scriptRunOver } from './fake/script-run';

/** Timers a test runs by hand: each tick runs the waiting callback. */
class HandTimers {
  waiting: { run: () => void; ms: number } | undefined;
  setTimeout(run: () => void, ms: number) {
    this.waiting = { run, ms };
    return 1;
  }
  clearTimeout() {
    this.waiting = undefined;
  }
  async tick() {
    const next = this.waiting;
    this.waiting = undefined;
    next?.run();
    // Let the poll's server call and its answer settle.
    for (let i = 0; i < 20; i++) await Promise.resolve();
  }
}

function sidebar() {
  const loaded = loadGas();
  loaded.gas.spreadsheet.getSheetByName('Blad1')!.write(1, 1, 'Naam');
  const timers = new HandTimers();
  let hidden = false;
  let wake: () => void = () => {};
  const activity = {
    hidden: () => hidden,
    onChange: (listener: () => void) => {
      wake = listener;
      return () => {};
    },
  };
  const bridge = new SheetsBridge(
    new ServerClient(scriptRunOver(loaded)),
    { locale: 'nl', lang: 'nl' },
    timers,
    activity,
  );
  const watched = jest.spyOn(loaded, 'call');
  const polls = () => watched.mock.calls.filter(([name]) => name === ENDPOINTS.watch).length;
  return {
    loaded,
    bridge,
    timers,
    polls,
    hide: (value: boolean) => {
      hidden = value;
      wake();
    },
  };
}

test('a changed value calls back once; an unchanged sheet does not; unsubscribing stops the polls', async () => {
  const { loaded, bridge, timers, polls } = sidebar();
  const changed = jest.fn();
  const stop = bridge.onSheetsChanged(['Blad1', 'Dekking'], changed);
  expect(timers.waiting?.ms).toBe(CHANGE_POLL_MS);
  await timers.tick();
  await timers.tick();
  expect(changed).not.toHaveBeenCalled();
  loaded.gas.spreadsheet.getSheetByName('Blad1')!.write(2, 1, 'Anna');
  await timers.tick();
  expect(changed).toHaveBeenCalledTimes(1);
  await timers.tick();
  expect(changed).toHaveBeenCalledTimes(1);
  // One small call per poll: the fingerprint, never the sheet itself.
  expect(polls()).toBe(4);
  stop();
  expect(timers.waiting).toBeUndefined();
});

test('the interval doubles while nothing changes, up to the slowest, and is fast again after a change', async () => {
  const { loaded, bridge, timers } = sidebar();
  bridge.onSheetsChanged(['Blad1'], () => {});
  const waits: number[] = [];
  for (let i = 0; i < 12; i++) {
    await timers.tick();
    waits.push(timers.waiting!.ms);
  }
  expect(Math.max(...waits)).toBe(CHANGE_POLL_MAX_MS);
  loaded.gas.spreadsheet.getSheetByName('Blad1')!.write(2, 1, 'Anna');
  await timers.tick();
  expect(timers.waiting!.ms).toBe(CHANGE_POLL_MS);
});

test('nothing is polled while the sidebar is hidden; showing it again polls at once', async () => {
  const { loaded, bridge, timers, polls, hide } = sidebar();
  const changed = jest.fn();
  bridge.onSheetsChanged(['Blad1'], changed);
  await timers.tick();
  const before = polls();
  hide(true);
  expect(timers.waiting).toBeUndefined();
  loaded.gas.spreadsheet.getSheetByName('Blad1')!.write(2, 1, 'Anna');
  expect(polls()).toBe(before);
  hide(false);
  expect(timers.waiting?.ms).toBe(0);
  await timers.tick();
  expect(changed).toHaveBeenCalledTimes(1);
});
