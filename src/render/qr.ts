import QRCode from 'qrcode';

/** The QR code's modules as rows of booleans, for the QrCode template. */
export function qrModules(text: string): boolean[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  return Array.from({ length: n }, (_, y) => Array.from({ length: n }, (_, x) => Boolean(modules.get(x, y))));
}
