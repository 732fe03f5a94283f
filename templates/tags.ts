/**
 * The structure tags of a tagged PDF (PDF/UA), as props react-pdf keeps on
 * its nodes: `<Text {...tag('H1')}>`. src/render/tagging.ts turns them into
 * the structure tree; what is not tagged is read as a paragraph (text) or
 * skipped as decoration (images, backgrounds, borders).
 */
export type Tag =
  | 'Sect'
  | 'Div'
  | 'H1'
  | 'H2'
  | 'H3'
  | 'P'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'Table'
  | 'THead'
  | 'TBody'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'Figure'
  | 'Link'
  | 'Caption'
  | 'Artifact';

export interface TagOptions {
  /** A Figure's alternative text. */
  alt?: string;
  /** A TH's scope. */
  scope?: 'Column' | 'Row';
  /** A Link's description (its annotation's /Contents). */
  contents?: string;
  /** A Link on a text: where it goes (the text's box becomes the link). */
  linkTo?: string;
  /**
   * A `fixed` node that react-pdf draws again on each page its parent runs onto (a table's head):
   * read once, where it first stands; its copies on later pages are pagination artifacts.
   */
  repeated?: true;
  /** What kind of artifact: a footer is Pagination, crop marks Layout. */
  artifact?: 'Pagination' | 'Layout' | 'Page' | 'Background';
}

/**
 * Props that tag a node. `tagKey` is shared by the parts of a node split over
 * two pages, so they stay one element. Typed as nothing, so any react-pdf
 * element takes them.
 */
export function tag(t: Tag, options: TagOptions = {}): object {
  return { tag: t, tagKey: {}, ...options };
}
