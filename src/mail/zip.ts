import { zipSync, type Zippable } from 'fflate';
import { byCodeUnits } from '../order.js';

// DOS timestamps in a zip cannot hold dates before 1980; SOURCE_DATE_EPOCH=0 is common.
const EARLIEST = Date.UTC(1980, 0, 2);

/**
 * One zip of the given files. Every entry gets the same fixed time, so the same
 * files give the same bytes, whatever day the mail is sent.
 */
export function zipFiles(files: { name: string; bytes: Uint8Array }[], mtime: Date): Uint8Array {
  const time = new Date(Math.max(mtime.getTime(), EARLIEST));
  const entries: Zippable = {};
  for (const f of [...files].sort((a, b) => byCodeUnits(a.name, b.name))) entries[f.name] = f.bytes;
  // PDFs are compressed already; deflating again gains little and costs time.
  return zipSync(entries, { level: 1, mtime: time });
}
