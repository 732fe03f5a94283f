import { Path, Svg } from '@react-pdf/renderer';
import { ICONS, type IconName } from './icons/tabler.js';

/**
 * A pictogram from Tabler Icons (templates/icons, MIT), as vector lines in the
 * given colour: it prints sharp at any size and in black and white.
 */
export function Icon({ name, size, colour }: { name: IconName; size: number; colour: string }) {
  return (
    <Svg width={size} height={size} viewBox="0 0 24 24">
      {ICONS[name].map(([, attrs], i) => (
        <Path key={i} d={attrs.d!} stroke={colour} strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" fill="none" />
      ))}
    </Svg>
  );
}
