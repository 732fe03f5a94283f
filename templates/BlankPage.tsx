import { Page, Text } from '@react-pdf/renderer';
import { tag } from './tags.js';
import { A4, FONT, GREY, mm } from './units.js';

export const BLANK_TEXT = 'Deze pagina is bewust leeg';

/** The back of a sheet left empty so the next part starts a sheet of its own; the words say it is no misprint. */
export function BlankPage() {
  return (
    <Page size={[A4.width, A4.height]} style={{ fontFamily: FONT }}>
      <Text {...tag('Artifact', { artifact: 'Page' })} style={{ position: 'absolute', left: mm(15), right: mm(15), top: A4.height / 2 - 5, fontSize: 9, color: GREY, textAlign: 'center' }}>{BLANK_TEXT}</Text>
    </Page>
  );
}
