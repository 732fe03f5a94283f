import { countUse, install } from './patch.js';

/**
 * The first layout loads yoga, whose wasm loader fetch()es its own base64
 * data: URL when fetch exists, and so loads Node's whole HTTP client (40 to
 * 70 ms of every process that renders). Without fetch it decodes the same
 * bytes directly.
 */
export const YOGA_NO_FETCH = { name: 'yogaNoFetch', kind: 'speed-up', library: 'yoga-layout', version: '3.2.1', from: '@react-pdf/layout' } as const;

/** Runs `load` (what loads yoga: the first layout) with fetch hidden, when the patch may go on. */
export async function withoutFetch<T>(load: () => Promise<T>): Promise<T> {
  const fetch = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
  if (!install(YOGA_NO_FETCH, globalThis, () => fetch?.configurable === true, () => {}) || !fetch) return load();
  countUse(YOGA_NO_FETCH);
  Object.defineProperty(globalThis, 'fetch', { value: undefined, configurable: true, writable: true });
  try {
    return await load();
  } finally {
    Object.defineProperty(globalThis, 'fetch', fetch);
  }
}
