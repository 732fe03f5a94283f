import { Path, Svg } from '@react-pdf/renderer';
import { tag } from './tags.js';

/** A QR code from its module matrix (computed outside the template). */
export function QrCode({ modules, size, alt }: { modules: boolean[][]; size: number; alt: string }) {
  const n = modules.length;
  let d = '';
  modules.forEach((row, y) => row.forEach((on, x) => on && (d += `M${x} ${y}h1v1h-1z`)));
  return (
    <Svg {...tag('Figure', { alt })} width={size} height={size} viewBox={`-2 -2 ${n + 4} ${n + 4}`}>
      <Path d={d} fill="#000000" />
    </Svg>
  );
}
