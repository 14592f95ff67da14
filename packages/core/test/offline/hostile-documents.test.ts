import { generateText } from 'ai';
import { describe, expect, it } from 'vitest';
import { createOfflineModel, htmlDocument, htmlToMarkdown, markdownDocument } from '../../src/offline';
import { frameReply } from '../../src/offline/frame-reply';

// Each input is 200 KB. A quadratic regular expression took 19 s on 100 KB of these and a
// minute on 200 KB; read in linear time each takes milliseconds, far inside the 5 s the test has.
const SIZE = 200_000;

describe('hostile documents are read in linear time', () => {
  it('markdownDocument: a first heading of 100,000 " #" ending in a letter', () => {
    const document = markdownDocument(`# Title${' #'.repeat(SIZE / 2)}x\n\nBody.`);
    expect(document.title).toBe(`Title${' #'.repeat(SIZE / 2)}x`);
    expect(document.body).toBe('Body.');
  });

  it('markdownDocument: a heading closed by hashes keeps its text; one of hashes alone names no title', () => {
    expect(markdownDocument('# Returns ##\n\nBody.').title).toBe('Returns');
    expect(markdownDocument('  #\tReturns\t\n\nBody.').title).toBe('Returns');
    expect(() => markdownDocument('# ###\n\nBody.')).toThrow(/no title/);
  });

  it('a section heading of 200,000 spaces before its last word, with and without an anchor', async () => {
    const long = `Returns${' '.repeat(SIZE)}policy`;
    const model = createOfflineModel({
      knowledge: [
        {
          id: 'a',
          title: 'Returns',
          url: 'https://help.example/returns',
          body: `## ${long}\n\nSend it back within 30 days.`,
        },
        {
          id: 'b',
          title: 'Refunds',
          url: 'https://help.example/refunds',
          body: `## Money back {#money}   \n\nRefunds take five days.`,
        },
      ],
      pacing: 0,
    });
    const reply = await generateText({ model, prompt: 'How long do refunds take?' });
    expect(reply.sources.map((source) => (source.sourceType === 'url' ? source.url : ''))).toContain(
      'https://help.example/refunds#money',
    );
  });

  it.each([
    ['unclosed tags', '<a'.repeat(SIZE / 2)],
    ['unclosed tags with a space', '<b '.repeat(SIZE / 3)],
    ['unclosed comments', '<!--'.repeat(SIZE / 4)],
    ['unclosed scripts', '<script>'.repeat(SIZE / 8)],
  ])('htmlToMarkdown: %s', (_, html) => {
    expect(typeof htmlToMarkdown(html)).toBe('string');
  });

  it('htmlToMarkdown: what an unclosed script, style or comment holds is never text', () => {
    expect(htmlToMarkdown('<p>Before</p><script>alert(1)')).toBe('Before');
    expect(htmlToMarkdown('<p>Before</p><!-- a note <p>hidden</p>')).toBe('Before');
    expect(htmlToMarkdown('<p>A</p><STYLE>p{}</style ><p>B</p><template>x</template>C')).toBe('A\n\nB\n\nC');
    expect(htmlToMarkdown('<p title="a>b">Text</p> 1 < 2 <3')).toBe('b">Text\n\n1 < 2 <3');
  });

  it('htmlDocument: 5 MB of nested tags', () => {
    const html = `${'<div><span>'.repeat(SIZE * 2)}deep${'</span></div>'.repeat(SIZE * 2)}`;
    expect(htmlDocument({ title: 'Deep', html }).body).toBe('deep');
  });

  it('frameReply: a code block closed by a longer fence, with 40,000 fence-like lines inside, is never reworded', () => {
    const code = `\`\`\`\`\n${"```can't\n".repeat(SIZE / 10)}can't\n\`\`\`\`\` end`;
    const reply = frameReply(`You can't do it.\n\n${code}`, {
      style: { formality: 1 },
      question: 'Can I?',
      signature: 'Support',
      allowQuip: false,
    });
    expect(reply).toContain(code);
    expect(reply).toContain('You cannot do it.');
  });
});
