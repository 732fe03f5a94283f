import { Text, View } from '@react-pdf/renderer';
import { tag } from './tags.js';
import type { Film, Toolkit } from '../src/model/types.js';
import { QrCode } from './QrCode.js';
import { FONT, INK, mm, TYPE } from './units.js';

/**
 * Where to get the film: its link (and password), or, while the link is unknown, whom to ask.
 * `ask` replaces the contact for readers who should not all write to it (the werkblad's participants).
 */
export function filmHowTo(film: Film, contact: Toolkit['contact'], ask?: string): string {
  if (film.url) return 'Scan de QR-code of typ de link over.';
  return ask ?? `Vraag de link naar de film op bij ${contact.name}: ${contact.email}.`;
}

export function FilmBox({
  film,
  qr,
  background,
  contact,
  lead = 'Bekijk de film samen voordat je de vragen bespreekt.',
  ask,
  gap = mm(6),
  heading = 'H2',
}: {
  film: Film;
  qr?: boolean[][];
  background: string;
  contact: Toolkit['contact'];
  lead?: string;
  /** Printed instead of the contact while the link is unknown. */
  ask?: string;
  /** Space below the box. */
  gap?: number;
  /** Its heading's level: H3 under a heading of its own. */
  heading?: 'H2' | 'H3';
}) {
  return (
    <View wrap={false} {...tag('Sect')} style={{ flexDirection: 'row', alignItems: 'center', backgroundColor: background, padding: mm(4), borderRadius: 4, marginBottom: gap }}>
      {/* At most 106 mm wide: 75 characters a line or fewer (112 mm held 78 in the draaiboek), where the box's full width held 110. */}
      <View style={{ flex: 1, maxWidth: mm(106) }}>
        <Text {...tag(heading)} style={{ fontFamily: FONT, fontWeight: 700, fontSize: TYPE.subheading, color: INK }}>Film: {film.title}</Text>
        <Text style={{ fontFamily: FONT, fontSize: TYPE.small, color: INK, marginTop: 3 }}>
          {lead} {filmHowTo(film, contact, ask)}
        </Text>
        {film.url ? (
          <Text {...tag('Link', { contents: `De film ${film.title} online bekijken`, linkTo: film.url })} style={{ fontFamily: FONT, fontSize: TYPE.small, color: INK, marginTop: 3 }}>
            {film.url}
          </Text>
        ) : null}
        {film.password ? <Text style={{ fontFamily: FONT, fontSize: TYPE.small, color: INK, marginTop: 2 }}>Wachtwoord: {film.password}</Text> : null}
      </View>
      {qr ? (
        <View style={{ marginLeft: mm(4), backgroundColor: '#ffffff' }}>
          <QrCode modules={qr} size={mm(24)} alt={film.url ? `QR-code met de link naar de film: ${film.url}` : 'QR-code met de link naar de film'} />
        </View>
      ) : null}
    </View>
  );
}
