import { Document } from '@react-pdf/renderer';
import type { Package, Toolkit } from '../src/model/types.js';
import type { PosterSizes } from './werkplaat/sizes.js';
import { WerkplaatPage } from './werkplaat/WerkplaatPage.js';

/** Every werkplaat of a package, one A3 page each; split into files afterwards. */
export function Werkplaten({ toolkit, pkg, sizes }: { toolkit: Toolkit; pkg: Package; sizes: PosterSizes[] }) {
  return (
    <Document>
      {pkg.werkplaten.map((plaat, i) => (
        <WerkplaatPage key={i} toolkit={toolkit} pkg={pkg} plaat={plaat} k={i + 1} sizes={sizes[i]!} fitKey={`w${i}-`} />
      ))}
    </Document>
  );
}
