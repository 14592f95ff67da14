import { common, createLowlight } from 'lowlight';

/**
 * highlight.js (through lowlight) with its `common` languages, producing a hast tree.
 * Loaded only by `import()` when a fenced code block with a language is rendered.
 */
export const codeHighlighter = createLowlight(common);

/** The highlighter's type, for modules that load it lazily. */
export type CodeHighlighter = typeof codeHighlighter;
