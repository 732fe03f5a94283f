import type { Package } from '../../../model/types.js';
import { bundlePieces } from '../../../model/materials.js';
import { fileName } from '../../files.js';

/** A material of a package in its theme's bundle: the file it is made from, its bookmark title. */
export interface BundleMaterial {
  title: string;
  file: string;
  /** Sheets to cut and glue: each on a sheet of its own, nothing on the back. */
  onePerSheet?: boolean;
}

/**
 * What a package's part of its theme bundle holds after the cover, in print
 * order; each starts on a new sheet. The werkplaten go in as 2 x A4, so that
 * the whole bundle prints on an office printer; their A3 files stay beside it.
 */
export function bundleMaterials(pkg: Package): BundleMaterial[] {
  return bundlePieces(pkg).map((piece) => {
    switch (piece.kind) {
      case 'draaiboek':
        return { title: 'Draaiboek voor de begeleider', file: fileName(pkg, 'draaiboek-A4') };
      case 'werkblad':
        return { title: 'Werkblad', file: fileName(pkg, 'werkblad-A4') };
      case 'werkplaat': {
        const i = piece.index;
        return { title: `Werkplaat ${i + 1}: ${pkg.werkplaten[i]!.title} (2 x A4)`, file: fileName(pkg, `werkplaat-${i + 1}-2xA4`), onePerSheet: true };
      }
      case 'kaarten':
        return { title: 'Denk- en doekaarten (A4, dubbelzijdig)', file: fileName(pkg, 'kaarten-A4') };
    }
  });
}
