import { Document } from '@react-pdf/renderer';
import type { Package, Toolkit } from '../src/model/types.js';
import { PackageCover } from './PackageCover.js';

/** The covers of a theme's packages, one page each, made together: one document costs less than three. */
export function PackageCovers({ toolkit, packages }: { toolkit: Toolkit; packages: Package[] }) {
  return (
    <Document>
      {packages.map((pkg) => (
        <PackageCover key={pkg.id} toolkit={toolkit} pkg={pkg} />
      ))}
    </Document>
  );
}
