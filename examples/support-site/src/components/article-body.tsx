import { Markdown } from 'markdown-to-jsx/react';

/** An article's light Markdown as HTML: paragraphs, lists and `##` headings (raw HTML is not rendered). */
export function ArticleBody({ body }: { body: string }) {
  return (
    <div className="pw-prose">
      <Markdown options={{ disableParsingRawHTML: true, forceBlock: true }}>{body}</Markdown>
    </div>
  );
}
