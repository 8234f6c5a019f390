// A chart builder like Sheets' EmbeddedChartBuilder: records what the chart is made of.

import type { FakeRange } from './sheet';

/** A chart as the builder describes it. */
export interface FakeChart {
  readonly type: string;
  readonly ranges: string[];
  readonly options: Record<string, unknown>;
  readonly position: number[];
  readonly headers: number;
}

export function chartBuilder(type: string) {
  const chart = {
    type,
    ranges: [] as string[],
    options: {} as Record<string, unknown>,
    position: [] as number[],
    headers: 0,
  };
  const builder = {
    addRange: (range: FakeRange) => {
      chart.ranges.push(range.getA1Notation());
      return builder;
    },
    setNumHeaders: (headers: number) => {
      chart.headers = headers;
      return builder;
    },
    setPosition: (...position: number[]) => {
      chart.position = position;
      return builder;
    },
    setOption: (option: string, value: unknown) => {
      chart.options[option] = value;
      return builder;
    },
    build: (): FakeChart => ({ ...chart }),
  };
  return builder;
}
