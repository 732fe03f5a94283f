import { Document } from '@react-pdf/renderer';
import type { Package, Toolkit } from '../src/model/types.js';
import type { PosterPlan } from './werkplaat/plan.js';
import { WerkplaatPage } from './werkplaat/WerkplaatPage.js';

/** Every werkplaat of a package, one A3 page each; split into files afterwards. */
export function Werkplaten({ toolkit, pkg, plans }: { toolkit: Toolkit; pkg: Package; plans: PosterPlan[] }) {
  return (
    <Document>
      {pkg.werkplaten.map((plaat, i) => (
        <WerkplaatPage key={i} toolkit={toolkit} pkg={pkg} plaat={plaat} k={i + 1} plan={plans[i]!} fitPlaat={i} />
      ))}
    </Document>
  );
}
