/**
 * One document of the offline model's knowledge base, e.g. a help-centre article. The
 * body is plain text or light Markdown: blank lines separate passages, `#` headings
 * name sections (a section whose heading mentions "technical" or "advanced" holds
 * expert-only detail), and `-` or `1.` lines form lists of steps.
 */
export interface KnowledgeDocument {
  /** Stable id; defaults to `doc-<index>` in the knowledge base. */
  id?: string;
  /** The title, also searched (with a boost). */
  title: string;
  /** The text the answers are composed from. */
  body: string;
  /** Where the document can be read, e.g. its help-centre page; sent with the reply's sources. */
  url?: string;
  /** Keywords that help retrieval. */
  tags?: readonly string[];
  /**
   * The ways customers ask for this document ("Also asked as"), e.g. "where is my parcel?":
   * searched like the title, at a lower weight, and never quoted in a reply.
   */
  questions?: readonly string[];
}
