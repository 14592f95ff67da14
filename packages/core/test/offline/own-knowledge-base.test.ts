import { generateText } from 'ai';
import { describe, expect, it } from 'vitest';
import {
  createOfflineModel,
  type HtmlArticle,
  htmlDocument,
  type KnowledgeDocument,
  KnowledgeError,
  markdownDocument,
} from '../../src/offline';

/** What `createOfflineModel` threw, for its `code` and `index`. */
function thrownBy(knowledge: unknown): KnowledgeError {
  try {
    createOfflineModel({ knowledge: knowledge as KnowledgeDocument[], pacing: 0 });
  } catch (error) {
    if (error instanceof KnowledgeError) return error;
    throw error;
  }
  throw new Error('createOfflineModel accepted the knowledge base');
}

async function ask(model: ReturnType<typeof createOfflineModel>, prompt: string) {
  const { text, sources } = await generateText({ model, prompt });
  return { text, sources };
}

describe("a developer's own knowledge base", () => {
  it("rejects a document whose default id is another document's id, instead of losing one", () => {
    const error = thrownBy([
      { id: 'doc-1', title: 'Returning an item', body: 'Returns are free within 30 days.' },
      { title: 'Shipping costs', body: 'Shipping costs £3.95.' },
    ]);
    expect(error).toBeInstanceOf(TypeError);
    expect(error.code).toBe('duplicate-id');
    expect(error.index).toBe(1);
    expect(error.message).toMatch(/knowledge\[1\].*"doc-1".*knowledge\[0\]/);
  });

  it.each([
    [[{ id: 101, title: 'Gift cards', body: 'Never expire.' }], 'invalid-id', 0],
    [
      [
        { title: 'A', body: 'a' },
        { title: 'Draft', body: '  ' },
      ],
      'empty-body',
      1,
    ],
    [[{ body: 'No title here.' }], 'missing-title', 0],
    [[{ title: 'A', body: 'a', url: 7 }], 'invalid-url', 0],
    [[{ title: 'A', body: 'a', tags: 'returns' }], 'invalid-list', 0],
    [[null], 'invalid-document', 0],
  ])('names the bad document and a typed code: %j → %s', (knowledge, code, index) => {
    const error = thrownBy(knowledge);
    expect(error).toBeInstanceOf(TypeError);
    expect([error.code, error.index]).toEqual([code, index]);
    expect(error.message).toContain(`knowledge[${index}]`);
  });

  it('rejects a document with no text besides its headings, which nothing could find', () => {
    const error = thrownBy([
      { title: 'A', body: 'a' },
      { title: 'Coming soon', body: '## Section one\n## Section two' },
    ]);
    expect([error.code, error.index]).toEqual(['empty-body', 1]);
  });

  it('rejects what is not a list of documents with a code', () => {
    expect(thrownBy({ title: 'A', body: 'a' }).code).toBe('invalid-knowledge');
  });

  it('reads a Markdown file with front matter: title, tags and URL from it, never quoted', async () => {
    const document = markdownDocument(
      [
        '---',
        'title: Shipping times and costs',
        'tags: [shipping, delivery]',
        'url: https://help.example.test/shipping',
        '---',
        '',
        '# Shipping times and costs',
        '',
        'Express shipping arrives the next working day and costs £7.95.',
      ].join('\n'),
      { id: 'shipping.md' },
    );
    expect(document).toEqual({
      id: 'shipping.md',
      title: 'Shipping times and costs',
      tags: ['shipping', 'delivery'],
      url: 'https://help.example.test/shipping',
      body: 'Express shipping arrives the next working day and costs £7.95.',
    });
    const model = createOfflineModel({ knowledge: [document], pacing: 0 });
    const { text } = await ask(model, 'how much is express shipping');
    expect(text).toContain('£7.95');
    expect(text).not.toMatch(/---|title:/);
  });

  it('reads front matter lists written as lines, quoted values and Windows line endings', () => {
    const file = [
      '---',
      'title: "Returns: how they work"',
      'tags:',
      '  - returns',
      "  - 'refund'",
      'questions: [can I send it back?]',
      'lang: en',
      '---',
      '# Returns: how they work',
      '',
      'Returns are free within 30 days.',
      '',
    ].join('\r\n');
    expect(markdownDocument(file)).toEqual({
      title: 'Returns: how they work',
      tags: ['returns', 'refund'],
      questions: ['can I send it back?'],
      body: 'Returns are free within 30 days.',
    });
    expect(markdownDocument('# Gift cards\r\n\r\nThey never expire.').title).toBe('Gift cards');
  });

  it("takes a Markdown file's title from its first heading when it has no front matter", () => {
    expect(markdownDocument('# Gift cards\n\nThey never expire.\n')).toEqual({
      title: 'Gift cards',
      body: 'They never expire.',
    });
    expect(() => markdownDocument('They never expire.')).toThrow(
      expect.objectContaining({ code: 'missing-title' }),
    );
  });

  it('reads a help-desk article: numeric id, HTML body with tags and entities, URL', async () => {
    const document = htmlDocument({
      id: 101,
      title: 'Changing your delivery address',
      html: '<p>You can change the address until the order is <strong>dispatched</strong>.</p><ul><li>Open <em>Orders</em></li><li>Choose &quot;Edit address&quot;</li></ul><p>Fees &amp; charges don&#39;t change.&nbsp;See <a href="/fees">fees</a>.</p><script>track()</script>',
      url: 'https://desk.example.test/articles/101',
    });
    expect(document).toEqual({
      id: '101',
      title: 'Changing your delivery address',
      url: 'https://desk.example.test/articles/101',
      body: [
        'You can change the address until the order is dispatched.',
        '- Open Orders\n- Choose "Edit address"',
        "Fees & charges don't change. See fees.",
      ].join('\n\n'),
    });
    const model = createOfflineModel({ knowledge: [document], pacing: 0 });
    const { text, sources } = await ask(model, 'can I change my delivery address?');
    expect(text).toContain('dispatched');
    expect(text).not.toMatch(/<|&quot;|&amp;/);
    expect(sources).toMatchObject([
      { sourceType: 'url', id: '101', title: 'Changing your delivery address', url: document.url },
    ]);
  });

  it('keeps HTML code blocks and tables as written, and a heading id as its anchor', () => {
    const { body } = htmlDocument({
      title: 'CLI',
      html: '<h2 id="install">Install</h2><pre><code>npm install -g acme-cli\nacme login &amp;&amp; acme deploy</code></pre><table><tr><th>Plan</th><th>Price</th></tr><tr><td>Pro</td><td>&pound;15</td></tr></table>',
    });
    expect(body).toBe(
      [
        '## Install {#install}',
        '```\nnpm install -g acme-cli\nacme login && acme deploy\n```',
        '| Plan | Price |\n| --- | --- |\n| Pro | £15 |',
      ].join('\n\n'),
    );
  });

  it('says what is wrong when a loader is given something else than text', () => {
    expect(() => markdownDocument(Buffer.from('# Gift cards\n\nNever expire.') as unknown as string)).toThrow(
      expect.objectContaining({ code: 'invalid-document', message: expect.stringContaining("'utf8'") }),
    );
    const exported = { id: 7, title: 'Gift cards', body: '<p>Never expire.</p>' };
    expect(() => htmlDocument(exported as unknown as HtmlArticle)).toThrow(
      expect.objectContaining({ code: 'invalid-document', message: expect.stringContaining('html') }),
    );
    expect(() => htmlDocument({ html: '<p>x</p>' } as unknown as HtmlArticle)).toThrow(
      expect.objectContaining({ code: 'missing-title' }),
    );
  });

  it('keeps links to web pages as Markdown links, and only the text of any other', () => {
    const { body } = htmlDocument({
      title: 'Refunds',
      html: '<p>See our <a href="https://shop.example/returns?a=1&amp;b=2">returns <b>policy</b></a> or <a href="/fees">fees</a>.</p>',
    });
    expect(body).toBe('See our [returns policy](https://shop.example/returns?a=1&b=2) or fees.');
  });

  it('keeps HTML headings and numbered lists as sections and steps', () => {
    const { body } = htmlDocument({
      title: 'Router',
      html: '<h2>Resetting</h2><ol><li>Unplug it.</li><li>Wait &#8212; 10 s.</li></ol>',
    });
    expect(body).toBe('## Resetting\n\n1. Unplug it.\n2. Wait — 10 s.');
  });

  it('cites the section of a long document with its anchor, and never shows the anchor', async () => {
    const filler = (n: number) =>
      Array.from(
        { length: 6 },
        (_, p) => `Paragraph ${p} of chapter ${n} is about general safety and care of the appliance.`,
      ).join('\n\n');
    const manual = markdownDocument(
      [
        '---',
        'title: WM-9 manual',
        'url: https://example.test/manuals/wm9',
        '---',
        '## Unpacking {#unpacking}',
        'Remove the four transit bolts before first use.',
        filler(1),
        '## Error codes {#error-codes}',
        'Error E21 means the water does not drain: clean the pump filter.',
        filler(2),
        '## Child lock',
        'Hold Temp and Spin for three seconds to switch the child lock on.',
        filler(3),
      ].join('\n\n'),
    );
    const model = createOfflineModel({ knowledge: [manual], pacing: 0 });
    const errors = await ask(model, 'what does error E21 mean?');
    expect(errors.text).toContain('pump filter');
    expect(errors.sources).toMatchObject([{ url: 'https://example.test/manuals/wm9#error-codes' }]);
    const lock = await ask(model, 'how do I switch on the child lock');
    expect(lock.sources).toMatchObject([{ url: 'https://example.test/manuals/wm9' }]);
    const detailed = await generateText({
      model,
      system: '<attune-style detail="1" structure="1"/>',
      prompt: 'what does error E21 mean?',
    });
    expect(detailed.text).not.toContain('{#');
  });
});

describe('documents in other languages and with accents', () => {
  const model = createOfflineModel({
    knowledge: [
      { id: 'menu', title: 'Café menu', body: 'Our café serves crème brûlée and piña colada every day.' },
      {
        id: 'de',
        title: 'Rücksendung eines Artikels',
        body: 'Die Rücksendung ist innerhalb von 30 Tagen kostenlos.',
      },
      { id: 'shipping', title: 'Shipping', body: 'Standard shipping costs £3.95.' },
    ],
    pacing: 0,
  });

  it.each([
    ['do you serve creme brulee', 'menu'],
    ['do you serve cre\u0300me bru\u0302le\u0301e', 'menu'],
    ['does the cafe serve pina colada', 'menu'],
    ['Rucksendung', 'de'],
    ['ist die Rücksendung kostenlos', 'de'],
  ])('finds "%s" whether or not the customer types the accents', async (question, id) => {
    const { text, sources } = await ask(model, question);
    expect(sources.map((source) => source.id)).toEqual([id]);
    expect(text).toMatch(/crème brûlée|Rücksendung/);
  });
});

describe('a long document exported with single line breaks (from a PDF or a word processor)', () => {
  const chapter = (n: number, fact: string) =>
    [
      fact,
      ...Array.from(
        { length: 5 },
        (_, p) => `Paragraph ${p} of chapter ${n} is about general safety and care of the appliance.`,
      ),
    ].join('\n');
  const manual = {
    id: 'manual',
    title: 'WM-9 manual',
    body: [
      chapter(1, 'Remove the four transit bolts before first use.'),
      chapter(2, 'Error E21 means the water does not drain: clean the pump filter.'),
      chapter(3, 'Hold Temp and Spin for three seconds to switch the child lock on.'),
    ].join('\n'),
  };
  const model = createOfflineModel({
    knowledge: [
      manual,
      { id: 'returns', title: 'Returning an order', body: 'Returns are free within 30 days.' },
    ],
    pacing: 0,
  });

  it.each([
    ['what does error E21 mean?', 'pump filter'],
    ['how do I switch on the child lock', 'Temp and Spin'],
  ])(
    'answers "%s" from the paragraph that says it, not from the start of the manual',
    async (question, fact) => {
      const { text, sources } = await ask(model, question);
      expect(text).toContain(fact);
      expect(text).not.toContain('transit bolts');
      expect(sources).toMatchObject([{ id: 'manual' }]);
    },
  );
});

describe('developer documentation with code blocks and tables', () => {
  const cli = markdownDocument(
    [
      '# Installing the CLI',
      '',
      'Install the command-line tool with npm:',
      '',
      '```sh',
      '# do not use sudo',
      'npm install -g acme-cli',
      '',
      'acme login',
      '```',
      '',
      'Then run `acme deploy` in your project folder.',
      '',
      '| plan | price |',
      '| --- | --- |',
      '| Basic | £5 |',
      '| Pro | £15 |',
    ].join('\n'),
    { id: 'cli' },
  );
  const model = createOfflineModel({
    knowledge: [cli, { id: 'refunds', title: 'Refunds', body: 'Refunds take 5 days.' }],
    pacing: 0,
  });
  const fence = '```sh\n# do not use sudo\nnpm install -g acme-cli\n\nacme login\n```';
  const table = '| plan | price |\n| --- | --- |\n| Basic | £5 |\n| Pro | £15 |';

  it.each([
    ['', 'neutral'],
    ['<attune-style detail="1" structure="1"/>', 'bullets'],
    ['<attune-style structure="-1" formality="-1" warmth="-1"/>', 'prose, casual'],
    ['<attune-style formality="1" expertise="-1"/>', 'formal, plain words'],
  ])('quotes a code block line for line, starting on its own line (%s: %s)', async (system) => {
    const { text } = await generateText({ model, system, prompt: 'how do I install the cli' });
    expect(`\n${text}`).toContain(`\n${fence}`);
  });

  it('quotes a table row by row', async () => {
    for (const system of ['', '<attune-style structure="1"/>', '<attune-style structure="-1"/>']) {
      const { text } = await generateText({ model, system, prompt: 'how much is the pro plan' });
      expect(`\n${text}`).toContain(`\n${table}`);
    }
  });
});

describe('changing the knowledge base while the app runs', () => {
  const returns = { id: 'returns', title: 'Returning an item', body: 'Returns are free within 30 days.' };
  const shipping = { id: 'shipping', title: 'Shipping costs', body: 'Standard shipping costs £3.95.' };

  it('adds, updates and removes articles with setKnowledge', async () => {
    const model = createOfflineModel({ knowledge: [returns], pacing: 0 });
    expect((await ask(model, 'how much is shipping')).text).toMatch(/could not find anything/);
    model.setKnowledge([returns, shipping]);
    expect((await ask(model, 'how much is shipping')).text).toContain('£3.95');
    model.setKnowledge([returns, { ...shipping, body: 'Standard shipping costs £4.50.' }]);
    expect((await ask(model, 'how much is shipping')).text).toContain('£4.50');
    model.setKnowledge([returns]);
    expect((await ask(model, 'how much is shipping')).text).toMatch(/could not find anything/);
  });

  it('keeps the knowledge base it has when the new one is malformed', async () => {
    const model = createOfflineModel({ knowledge: [returns, shipping], pacing: 0 });
    expect(() => model.setKnowledge([returns, { ...shipping, id: 'returns' }])).toThrow(
      expect.objectContaining({ code: 'duplicate-id', index: 1 }),
    );
    expect((await ask(model, 'how much is shipping')).text).toContain('£3.95');
  });

  it('finishes a reply already streaming from the knowledge base it started with', async () => {
    const model = createOfflineModel({ knowledge: [returns, shipping], pacing: 0 });
    const { stream } = await model.doStream({
      prompt: [{ role: 'user', content: [{ type: 'text', text: 'how much is shipping' }] }],
    });
    model.setKnowledge([returns]);
    let text = '';
    const reader = stream.getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      if (next.value.type === 'text-delta') text += next.value.delta;
    }
    expect(text).toContain('£3.95');
  });
});
