import {describe, expect, it} from 'vitest';
import {isUnsafeUrl, markdownLinkTargets, urlScheme} from '../../src/content/url-safety';

describe('isUnsafeUrl', () => {
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'java&#x73;cript:alert(1)',
    '&#106;avascript:alert(1)',
    'javascript&colon;alert(1)',
    '&amp;#106;avascript:alert(1)',
    'java%73cript:alert(1)',
    'java%2573cript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
  ])('refuses %j', (url) => {
    expect(isUnsafeUrl(url)).toBe(true);
  });

  it.each(['https://www.vng.nl', 'http://example.nl/a?b=c#d', 'mailto:redactie@example.nl', 'tel:+31301234567', '/werkende-factoren/lange-adem', '../werkende-factoren/lange-adem.mdx', '#aanpak', 'pathname:///data/praktijken.json'])(
    'accepts %j',
    (url) => {
      expect(isUnsafeUrl(url)).toBe(false);
    },
  );

  it('reads the scheme a browser would use', () => {
    expect(urlScheme('  HTTPS://x')).toBe('https');
    expect(urlScheme('lange-adem')).toBeUndefined();
  });
});

describe('markdownLinkTargets', () => {
  it('finds inline links, reference definitions and autolinks', () => {
    const text = 'Zie [a](javascript:x) en ![b](<data:y>)\n[c]: vbscript:z\nof <file:///etc>';
    expect(markdownLinkTargets(text)).toEqual(['javascript:x', 'data:y', 'vbscript:z', 'file:///etc']);
  });
});
