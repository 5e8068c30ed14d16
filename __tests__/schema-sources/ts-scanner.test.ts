import { describe, expect, it } from '@jest/globals';
import { loadCodeParser } from '../../src/schema-sources/ts-scanner.js';
import {
  CodeParseError,
  matchingClose,
  splitTopLevel,
  TEMPLATE_HOLE,
  tokenize,
} from '../../src/schema-sources/ts-scanner.js';

// The code parser loads on first need (ts-scanner.ts): these tests call its readers directly.
await loadCodeParser();

const show = (source: string) => tokenize(source).map((t) => `${t.line}:${t.kind}:${t.value}`);

describe('tokenize', () => {
  it.each([
    ['comments are skipped', 'a // b\n/* c\n d */ e', ['1:ident:a', '3:ident:e']],
    [
      'strings resolve escapes',
      `x = 'it\\'s' + "a\\nb"`,
      ['1:ident:x', '1:punct:=', "1:string:it's", '1:punct:+', '1:string:a\nb'],
    ],
    [
      'templates keep text and mark substitutions',
      'q`select ${a + `n${b}`} from t`',
      ['1:ident:q', `1:template:select ${TEMPLATE_HOLE} from t`],
    ],
    ['a template token has its first line', '\n`a\nb` c', ['2:template:a\nb', '3:ident:c']],
    [
      'regular expressions are skipped',
      'x = /[/]"\'/g.test(y)',
      ['1:ident:x', '1:punct:=', '1:punct:.', '1:ident:test', '1:punct:(', '1:ident:y', '1:punct:)'],
    ],
    [
      'division is not a regex',
      'a / b / c',
      ['1:ident:a', '1:punct:/', '1:ident:b', '1:punct:/', '1:ident:c'],
    ],
    [
      'an apostrophe in JSX text is text, not a string',
      "<p>Don't</p>\nnext",
      [
        '1:punct:<',
        '1:ident:p',
        '1:punct:>',
        '1:punct:<',
        '1:punct:/',
        '1:ident:p',
        '1:punct:>',
        '2:ident:next',
      ],
    ],
    [
      'a division after i++ is no regular expression (SQL later on the line is read)',
      "i++ / 2; q('select id from users'); n = n / 2;",
      [
        '1:ident:i',
        '1:punct:+',
        '1:punct:+',
        '1:punct:/',
        '1:number:2',
        '1:punct:;',
        '1:ident:q',
        '1:punct:(',
        '1:string:select id from users',
        '1:punct:)',
        '1:punct:;',
        '1:ident:n',
        '1:punct:=',
        '1:ident:n',
        '1:punct:/',
        '1:number:2',
        '1:punct:;',
      ],
    ],
    [
      'a regular expression after ) is skipped whole, quotes in it included',
      "if (ok) /'/.test(s); q('select id from users');",
      [
        '1:ident:if',
        '1:punct:(',
        '1:ident:ok',
        '1:punct:)',
        '1:punct:.',
        '1:ident:test',
        '1:punct:(',
        '1:ident:s',
        '1:punct:)',
        '1:punct:;',
        '1:ident:q',
        '1:punct:(',
        '1:string:select id from users',
        '1:punct:)',
        '1:punct:;',
      ],
    ],
    [
      'unicode and hex escapes are resolved',
      String.raw`q('\u0073elect \u{69}d from \x75sers')`,
      ['1:ident:q', '1:punct:(', '1:string:select id from users', '1:punct:)'],
    ],
    [
      'a .ts cast and a .tsx element both parse',
      'const a = <T>b;',
      [
        '1:ident:const',
        '1:ident:a',
        '1:punct:=',
        '1:punct:<',
        '1:ident:T',
        '1:punct:>',
        '1:ident:b',
        '1:punct:;',
      ],
    ],
    [
      'arrows, spreads and optional chains stay together',
      '(...a) => b?.c',
      [
        '1:punct:(',
        '1:punct:...',
        '1:ident:a',
        '1:punct:)',
        '1:punct:=>',
        '1:ident:b',
        '1:punct:?.',
        '1:ident:c',
      ],
    ],
  ])('%s', (_name, source, expected) => {
    expect(show(source)).toEqual(expected);
  });

  it('marks tokens that start a line', () => {
    expect(tokenize('a\n  b c').map((t) => t.newline)).toEqual([true, true, false]);
  });
});

describe('code that does not parse', () => {
  it('is an error naming the line, not a guess', () => {
    expect(() => tokenize('const a = ;\nconst = 1 +;\n{{{')).toThrow(CodeParseError);
  });
});

describe('brackets', () => {
  const tokens = tokenize('f(a, { b: [1, 2] }, (c))');

  it('finds the matching close', () => {
    expect(matchingClose(tokens, 1)).toBe(tokens.length - 1);
  });

  it('splits at top-level commas only', () => {
    const parts = splitTopLevel(tokens, 2, tokens.length - 1).map((p) => p.map((t) => t.value).join(''));
    expect(parts).toEqual(['a', '{b:[1,2]}', '(c)']);
  });
});
