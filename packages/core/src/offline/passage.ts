/** A retrievable piece of a knowledge document: one paragraph, or one list with its lead-in. */
export interface Passage {
  /** `<documentId>#<position>`. */
  id: string;
  /** The document it comes from. */
  documentId: string;
  /** The document's title. */
  documentTitle: string;
  /** The document's tags. */
  tags: readonly string[];
  /** The ways customers ask for the document ("Also asked as"). */
  questions: readonly string[];
  /** The heading of the section it sits in, if any. */
  section?: string;
  /** The anchor the document gives that section (`## Heading {#anchor}`), if any. */
  anchor?: string;
  /** Position within the document, from 0. */
  position: number;
  /**
   * A paragraph, numbered steps, a list of points, or a code block or table quoted as written
   * (`verbatim`: its one entry in `sentences` keeps its lines).
   */
  kind: 'paragraph' | 'steps' | 'list' | 'verbatim';
  /** For steps and lists: the sentences that lead into them (ending in a colon); else empty. */
  intro: readonly string[];
  /** The sentences of a paragraph, or the items of steps and lists, in order. */
  sentences: readonly string[];
  /** The passage as plain text, for search. */
  text: string;
  /** True when it sits in a technical section: exact settings and codes for experts. */
  technical: boolean;
}
