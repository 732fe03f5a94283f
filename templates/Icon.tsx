import { Path, Svg } from '@react-pdf/renderer';
import { ICONS, type IconName } from './icons/tabler.js';
import { tag } from './tags.js';

/**
 * What each pictogram means, as a screen reader says it ("Pictogram: tijd"),
 * and the words that say the same in a text.
 */
const MEANING: Record<IconName, { alt: string; said: RegExp }> = {
  werkblad: { alt: 'werkblad', said: /werkblad/i },
  werkplaat: { alt: 'werkplaat', said: /werkpla/i },
  kaarten: { alt: 'kaarten', said: /kaart/i },
  draaiboek: { alt: 'draaiboek', said: /draaiboek/i },
  film: { alt: 'film', said: /film/i },
  tijd: { alt: 'tijd', said: /tijd/i },
  groep: { alt: 'groep', said: /groep/i },
  postits: { alt: 'post-its', said: /post-?it/i },
  schaar: { alt: 'schaar', said: /schaar|knip/i },
  printer: { alt: 'printer', said: /print/i },
};

/** The alternative text of a pictogram that is read as a Figure. */
export const pictogramAlt = (name: IconName) => `Pictogram: ${MEANING[name].alt}`;

/**
 * The rule for every place a pictogram stands (issue 27): it is a Figure with
 * its /Alt ("Pictogram: tijd") when it adds a meaning to the text it stands
 * beside ("Doseer", "Neem mee"), and an artifact, skipped by a screen reader,
 * when that text already says the same ("Het werkblad", "Werkplaat 1: …"):
 * read aloud it would only repeat the word. `beside` is that text.
 */
export const pictogramIsDecoration = (name: IconName, beside: string) => MEANING[name].said.test(beside);

/**
 * A pictogram from Tabler Icons (templates/icons, MIT), as vector lines in the
 * given colour: it prints sharp at any size and in black and white.
 */
export function Icon({ name, size, colour, beside }: { name: IconName; size: number; colour: string; beside: string }) {
  const role = pictogramIsDecoration(name, beside) ? tag('Artifact') : tag('Figure', { alt: pictogramAlt(name) });
  return (
    <Svg {...role} width={size} height={size} viewBox="0 0 24 24">
      {ICONS[name].map(([, attrs], i) => (
        <Path key={i} d={attrs.d!} stroke={colour} strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" fill="none" />
      ))}
    </Svg>
  );
}
