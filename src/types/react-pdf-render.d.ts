// Types of dist/vendor/react-pdf-render.js: @react-pdf/render, which can tag
// what it draws (src/patches/renderHook.ts).
import type { RenderHook } from '../patches/renderHook.js';

declare const renderPDF: (ctx: unknown, layout: unknown) => unknown;
export default renderPDF;
export declare const toolkitTagging: RenderHook | undefined;
