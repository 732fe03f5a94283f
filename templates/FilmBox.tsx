import { Text, View } from '@react-pdf/renderer';
import type { Film } from '../src/model/types.js';
import { QrCode } from './QrCode.js';
import { FONT, INK, mm, TYPE } from './units.js';

export function FilmBox({ film, qr, background }: { film: Film; qr?: boolean[][]; background: string }) {
  return (
    <View wrap={false} style={{ flexDirection: 'row', alignItems: 'center', backgroundColor: background, padding: mm(4), borderRadius: 4, marginBottom: mm(6) }}>
      <View style={{ flex: 1 }}>
        <Text style={{ fontFamily: FONT, fontWeight: 700, fontSize: TYPE.subheading, color: INK }}>Film: {film.title}</Text>
        <Text style={{ fontFamily: FONT, fontSize: TYPE.small, color: INK, marginTop: 3 }}>
          Bekijk de animatiefilm samen voordat je de vragen bespreekt.
        </Text>
        {film.url ? <Text style={{ fontFamily: FONT, fontSize: TYPE.small, color: INK, marginTop: 3 }}>{film.url}</Text> : null}
        {film.password ? <Text style={{ fontFamily: FONT, fontSize: TYPE.small, color: INK, marginTop: 2 }}>Wachtwoord: {film.password}</Text> : null}
      </View>
      {qr ? (
        <View style={{ marginLeft: mm(4), backgroundColor: '#ffffff' }}>
          <QrCode modules={qr} size={mm(24)} />
        </View>
      ) : null}
    </View>
  );
}
