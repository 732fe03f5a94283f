import { Path, Svg } from '@react-pdf/renderer';

/** A QR code from its module matrix (computed outside the template). */
export function QrCode({ modules, size }: { modules: boolean[][]; size: number }) {
  const n = modules.length;
  let d = '';
  modules.forEach((row, y) => row.forEach((on, x) => on && (d += `M${x} ${y}h1v1h-1z`)));
  return (
    <Svg width={size} height={size} viewBox={`-2 -2 ${n + 4} ${n + 4}`}>
      <Path d={d} fill="#000000" />
    </Svg>
  );
}
