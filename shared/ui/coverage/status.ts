// How a status is marked where a badge does not fit (the heat map's header): a symbol and a colour.

import type { AreaStatus } from '../../analysis/types';

export const STATUS_MARK: Record<AreaStatus, { readonly symbol: string; readonly colour: string }> = {
  gedekt: { symbol: '●', colour: '#0e700e' },
  kwetsbaar: { symbol: '▲', colour: '#bc4b09' },
  gat: { symbol: '■', colour: '#c50f1f' },
};
