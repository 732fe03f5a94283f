import { Text, View } from '@react-pdf/renderer';
import { tag } from './tags.js';
import { FONT, GREY, mm, TYPE } from './units.js';

/** The source stamp on every page, so a loose sheet can always be traced back. */
export function PageFooter({ stamp }: { stamp: string }) {
  return (
    <View fixed {...tag('Artifact', { artifact: 'Pagination' })} style={{ position: 'absolute', left: mm(15), right: mm(15), bottom: mm(10), flexDirection: 'row', borderTopWidth: 0.5, borderTopColor: GREY, paddingTop: 3 }}>
      <Text style={{ fontFamily: FONT, fontSize: TYPE.footer, color: GREY, flex: 1 }}>{stamp}</Text>
      <Text style={{ fontFamily: FONT, fontSize: TYPE.footer, color: GREY }} render={({ pageNumber, totalPages }) => `pagina ${pageNumber} van ${totalPages}`} />
    </View>
  );
}
