// Counts every call a script makes on the spreadsheet's objects and fails the k-th, as a service error would.

/** Set `failAt` to make that call (1-based) throw; `calls` counts the calls made so far. */
export interface FaultPlan {
  calls: number;
  failAt?: number;
  /** Runs before each counted call: a test's way to act between two steps of a script (a colleague typing). */
  beforeCall?: (method: string, call: number) => void;
}

export const SERVICE_ERROR = 'Service error: Spreadsheets';

/**
 * Wraps an object so that each method call (on it and on the objects it hands out) counts as one call. A
 * failing call throws before it does anything; what earlier calls did stays done (no transactions).
 * Wrappers are cached per object, so identity holds (deleteSheet gets back the sheet insertSheet gave).
 */
export function withFaults<T extends object>(
  target: T,
  faults: FaultPlan,
  skip: ReadonlySet<string> = new Set(),
  /** Runs before every call, counted or not (the fake applies held-back writes there). */
  beforeEach?: (method: string) => void,
): T {
  const wrappers = new WeakMap<object, object>();
  const targets = new WeakMap<object, object>();
  const unwrap = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(unwrap);
    return typeof value === 'object' && value !== null ? (targets.get(value) ?? value) : value;
  };
  const wrap = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.some((item) => isWrappable(item)) ? value.map(wrap) : value;
    if (!isWrappable(value)) return value;
    const known = wrappers.get(value);
    if (known) return known;
    const proxy = new Proxy(value, {
      get(object, property, receiver) {
        const member = Reflect.get(object, property, receiver);
        if (typeof member !== 'function' || typeof property === 'symbol') return member;
        return (...args: unknown[]) => {
          beforeEach?.(property);
          if (!skip.has(property)) {
            faults.calls++;
            faults.beforeCall?.(property, faults.calls);
            if (faults.calls === faults.failAt) throw new Error(SERVICE_ERROR);
          }
          return wrap(member.apply(object, args.map(unwrap)));
        };
      },
    });
    wrappers.set(value, proxy);
    targets.set(proxy, value);
    return proxy;
  };
  return wrap(target) as T;
}

function isWrappable(value: unknown): value is object {
  return typeof value === 'object' && value !== null && Object.prototype.toString.call(value) === '[object Object]';
}
