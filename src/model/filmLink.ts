import QRCode from 'qrcode';

// Whether a film link can be printed as a readable QR code and link: checked when the sources load.
/** The side of the printed code with its quiet zone of two modules a side (templates/FilmBox.tsx). */
const QR_MM = 24;
const QUIET = 4;
/** Smaller modules than this a phone camera no longer reads reliably from paper. */
export const MIN_MODULE_MM = 0.4;
/** Longer links do not fit the film box as text either. */
export const MAX_URL_CHARS = 200;

// The size of each link's code, once per process: every load of the sources checks every film link.
const sizes = new Map<string, number>();
function modulesOf(url: string): number {
  let n = sizes.get(url);
  if (n === undefined) sizes.set(url, (n = QRCode.create(url, { errorCorrectionLevel: 'M' }).modules.size));
  return n;
}

/** What is wrong with a film link, said as the message of the catalogue's `film-url`. */
export function filmUrlProblem(url: string): string | undefined {
  if (!/^https?:\/\//i.test(url)) return `"${url.slice(0, 60)}" is geen webadres: een filmlink begint met https:// of http://`;
  if (url.length > MAX_URL_CHARS) return `de filmlink is ${url.length} tekens lang; hoogstens ${MAX_URL_CHARS} passen op het werkblad en in een leesbare QR-code`;
  const n = modulesOf(url);
  const module = QR_MM / (n + QUIET);
  if (module < MIN_MODULE_MM)
    return `de QR-code van deze filmlink wordt te fijn om te scannen (blokjes van ${module.toFixed(2).replace('.', ',')} mm, minstens ${String(MIN_MODULE_MM).replace('.', ',')} mm nodig)`;
  return undefined;
}
