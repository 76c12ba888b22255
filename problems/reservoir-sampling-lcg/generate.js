'use strict';
// counting_stream_k1: the stream 1..1000 with k = 1 and the largest seed 2^31 - 1 (the answer names
//   the position that won the single slot; an inexact product picks another one).
// long_stream_k50: 50,000 random items in 0..99,999 (with repeats), k = 50, seed 123456789: many
//   draws, so any deviation in the generator or the scaling shows up in the final reservoir.
module.exports = {
  counting_stream_k1(g) {
    const stream = [];
    for (let v = 1; v <= 1000; v++) stream.push(v);
    return [stream, 1, 2147483647];
  },
  long_stream_k50(g) {
    const stream = [];
    for (let i = 0; i < 50000; i++) stream.push(g.int(0, 99999));
    return [stream, 50, 123456789];
  },
};
