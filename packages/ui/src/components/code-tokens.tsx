import type { ReactNode } from 'react';
import type { CodeHighlighter } from './code-highlighter';

/** The hast tree lowlight returns for a highlighted code block. */
export type CodeTree = ReturnType<CodeHighlighter['highlight']>;
type CodeNode = CodeTree['children'][number];

const TOKEN_CLASS = /^hljs-[a-z0-9_-]+$/i;

/** The node's `hljs-*` class names (any other class, and every other property, is dropped). */
function tokenClasses(className: readonly string[] | undefined): string | undefined {
  const names = className?.filter((name) => TOKEN_CLASS.test(name)) ?? [];
  return names.length > 0 ? names.join(' ') : undefined;
}

function renderNodes(nodes: readonly CodeNode[]): ReactNode[] {
  return nodes.map((node, index) => {
    if (node.type === 'text') return node.value;
    if (node.type !== 'element') return null;
    return (
      // biome-ignore lint/suspicious/noArrayIndexKey: tokens are positional and the tree is rebuilt as a whole.
      <span key={index} className={tokenClasses(node.properties.className)}>
        {renderNodes(node.children)}
      </span>
    );
  });
}

/**
 * Turns lowlight's hast tree into React elements: text stays text and every element becomes a
 * `span` carrying only its `hljs-*` class names, so no markup from the code can reach the DOM.
 */
export function CodeTokens({ tree }: { tree: CodeTree }) {
  return <>{renderNodes(tree.children)}</>;
}
