'use strict';
// repeated_token: one fixed token 1000 times into 3 buckets (sums must add up; a non-power-of-2
//   bucket count catches a hash that is not reduced modulo 2^32).
// long_punct_tokens: 203 tokens of 1-64 printable ASCII chars (spaces, quotes, backslashes), 97
//   buckets: long tokens push an unmasked/float product far past 2^53.
// vocab_tokens: 25,000 draws from a 5,000-token "fK=V" vocabulary into 1,024 buckets (many repeats
//   and collisions, so every bucket's signed sum is checked).
// crossed_tokens: 2,000 crossed features "fA=x|fB=y" into 65,536 buckets (the largest bucket
//   count; few tokens, since the expected vector is 65,536 long anyway).
const PRINTABLE = (() => { let s = ''; for (let c = 32; c <= 126; c++) s += String.fromCharCode(c); return s; })();
function feature(g) { return 'f' + g.int(0, 99) + '=' + g.int(0, 9999); }
module.exports = {
  repeated_token(g) {
    return [new Array(1000).fill('query=cheap flights'), 3];
  },
  long_punct_tokens(g) {
    const tokens = [];
    for (let i = 0; i < 203; i++) {
      const len = i < 20 ? 64 : g.int(1, 64);
      tokens.push(g.string(len, PRINTABLE));
    }
    return [g.shuffle(tokens), 97];
  },
  vocab_tokens(g) {
    const vocab = [];
    for (let i = 0; i < 5000; i++) vocab.push(feature(g));
    const tokens = [];
    for (let i = 0; i < 25000; i++) tokens.push(g.choice(vocab));
    return [tokens, 1024];
  },
  crossed_tokens(g) {
    const tokens = [];
    for (let i = 0; i < 2000; i++) tokens.push(feature(g) + '|' + feature(g));
    return [tokens, 65536];
  },
};
