import { Circle, Path, Rect, Svg } from '@react-pdf/renderer';
import type { CardKind } from '../src/model/types.js';

/**
 * Denk is a round speech bubble with a question mark, doe a square with a tick:
 * the shapes differ, so the kinds stay apart in black and white.
 */
export function KindIcon({ kind, size, colour, background }: { kind: CardKind; size: number; colour: string; background: string }) {
  return kind === 'denk' ? (
    <Svg width={size} height={size} viewBox="0 0 24 24">
      <Circle cx="12" cy="12" r="11" fill={background} />
      <Path d="M9 9.2a3 3 0 1 1 4.2 2.8c-.8.4-1.2 1-1.2 1.9v.6M12 17.2v.4" stroke={colour} strokeWidth={2.2} fill="none" strokeLinecap="round" />
    </Svg>
  ) : (
    <Svg width={size} height={size} viewBox="0 0 24 24">
      <Rect x="1" y="1" width="22" height="22" rx="3" fill={background} />
      <Path d="M6.5 12.5l3.6 3.6L17.5 8" stroke={colour} strokeWidth={2.6} fill="none" strokeLinecap="round" strokeLinejoin="round" />
    </Svg>
  );
}

export const kindLabel = (kind: CardKind) => (kind === 'denk' ? 'Denkkaart' : 'Doekaart');
