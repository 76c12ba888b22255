import * as assert from 'node:assert/strict';
import { renderMarkdown, renderMarkdownInline } from '../../../src/core/render/markdown';

describe('statement rendering', () => {
  it('BATTERY 27: raw HTML, event handlers and javascript: links are rendered inert', () => {
    const hostile = [
      '# Title <script>alert(1)</script>',
      '<img src=x onerror="alert(2)">',
      '<svg onload=alert(3)>',
      '[click](javascript:alert(4)) [data](data:text/html;base64,PHNjcmlwdD4=) [vb](vbscript:msgbox)',
      '"><svg onload=alert(5)>',
      '![x](javascript:alert(6))',
      '$\\href{javascript:alert(7)}{x}$',
    ].join('\n\n');
    const html = renderMarkdown(hostile);
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /<img/i);
    assert.doesNotMatch(html, /<svg/i);
    assert.doesNotMatch(html, /<[^>]*\son\w+=/i, 'no event-handler attribute inside a tag');
    assert.doesNotMatch(html, /href="(javascript|data|vbscript):/i);
    assert.match(html, /&lt;script&gt;/, 'the text is shown escaped');
  });

  it('keeps http(s) links and marks them noopener', () => {
    const html = renderMarkdown('[docs](https://example.org/a)');
    assert.match(html, /<a href="https:\/\/example.org\/a" rel="noopener noreferrer">docs<\/a>/);
  });

  it('renders KaTeX math, inline and display', () => {
    const html = renderMarkdown('Inline $x^2$ and\n\n$$\\sum_i p_i = 1$$');
    assert.match(html, /class="katex"/);
    assert.match(html, /katex-display/);
  });

  it('highlights fenced code and escapes it', () => {
    const html = renderMarkdown('```python\ndef f(x):\n    return "<b>"\n```');
    assert.match(html, /hljs-keyword/);
    assert.match(html, /&lt;b&gt;/);
    assert.doesNotMatch(html, /<b>/);
  });

  it('inline rendering has no paragraph', () => {
    assert.equal(renderMarkdownInline('**a**'), '<strong>a</strong>');
  });
});
