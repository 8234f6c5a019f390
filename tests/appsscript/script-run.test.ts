// The sidebar's client over google.script.run as documented: a server exception reaches the failure handler (the
// call itself never throws), a Date is refused both ways; the client turns each into a rejection and frees its slot.

import { ServerClient } from '../../appsscript/sidebar/client';
import type { LoadedGas } from './fake/load-gas';
import { scriptRunOver } from './fake/script-run';

function server(call: LoadedGas['call']): LoadedGas {
  return { call } as unknown as LoadedGas;
}

describe('google.script.run as the sidebar meets it', () => {
  it('a server exception is a rejection with its message, and the call slot is free again', async () => {
    const client = new ServerClient(
      scriptRunOver(
        server(() => {
          throw new Error('Exception: Service Spreadsheets failed while accessing document');
        }),
      ),
    );
    await expect(client.call('getSelection')).rejects.toThrow(/Service Spreadsheets failed/);
    expect(client.running).toBe(0);
    // The next call still runs.
    await expect(client.call('getSelection')).rejects.toThrow(/Service Spreadsheets failed/);
  });

  it('a Date in the answer fails the request instead of arriving as text', async () => {
    const client = new ServerClient(scriptRunOver(server(() => ({ ok: true, value: new Date(0) }))));
    await expect(client.call('getSelection')).rejects.toThrow(/illegal type/);
    expect(client.running).toBe(0);
  });

  it('the fake: a Date argument fails through the failure handler, never by a throw at the call', async () => {
    const run = scriptRunOver(server(() => ({ ok: true, value: null })));
    const failures: unknown[] = [];
    const runner = run().withFailureHandler((error) => failures.push(error));
    expect(() => (runner.teamscanGetSelection as (...args: unknown[]) => void)(new Date(0))).not.toThrow();
    await Promise.resolve();
    expect(failures).toHaveLength(1);
  });
});
