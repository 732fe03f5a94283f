// Types of dist/vendor/react-pdf-layout.js: @react-pdf/layout, whose textkit
// can have its line breaker replaced (src/patches/lineBreakHook.ts).
import type { LayoutNode } from '@react-pdf/layout';
import type { LineBreakingHook } from '../render/lineBreak.js';

declare const layoutDocument: (doc: unknown, fontStore: unknown) => Promise<LayoutNode>;
export default layoutDocument;
export declare const toolkitLineBreaking: LineBreakingHook | undefined;
