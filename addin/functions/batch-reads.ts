// One Excel.run per recalculation: the value-type reads of every custom-function call Excel starts together.

import type { ParsedAddress } from '../excel/address';
import type { ArgumentTypes, ValueTypeReader } from './value-types';

interface Pending {
  readonly addresses: readonly (ParsedAddress | undefined)[];
  readonly resolve: (types: (ArgumentTypes | undefined)[]) => void;
  readonly reject: (error: unknown) => void;
}

const keyOf = (address: ParsedAddress) => `${address.sheet ?? ''}!${address.cells.toUpperCase()}`;

/**
 * Excel calls the custom functions of one recalculation one after another without waiting for their promises
 * (custom-functions-batching: "collect the calls in a queue and process them together" after a setTimeout of 0).
 * The reads they ask for in the same turn are made in one call of `read` — one Excel.run with one sync — and a
 * range asked for by many calls (60 × 127 SCORE cells over the same Teammatrix) is read once. So the number of
 * round trips per recalculation does not grow with the number of cells.
 */
export function batchedValueTypeReader(read: ValueTypeReader): ValueTypeReader {
  let queue: Pending[] = [];
  const flush = () => {
    const batch = queue;
    queue = [];
    const unique = new Map<string, ParsedAddress>();
    for (const pending of batch) {
      for (const address of pending.addresses)
        if (address && !unique.has(keyOf(address))) unique.set(keyOf(address), address);
    }
    const order = [...unique.keys()];
    read([...unique.values()]).then(
      (types) => {
        const byKey = new Map(order.map((key, index) => [key, types[index]]));
        for (const pending of batch) {
          pending.resolve(pending.addresses.map((address) => (address ? byKey.get(keyOf(address)) : undefined)));
        }
      },
      (error: unknown) => {
        for (const pending of batch) pending.reject(error);
      },
    );
  };
  return (addresses) =>
    new Promise((resolve, reject) => {
      if (queue.length === 0) setTimeout(flush, 0);
      queue.push({ addresses, resolve, reject });
    });
}
