'use strict';
// labels_4000_events_50000: 4,000 labels against 50,000 feature events (1,500 entities, times in
//   0..100,000, ttl 20,000, CRLF lines, ~3 % missing values). Planted traps: events re-written at
//   the same time later in the file (last one wins), labels exactly at an event time (leakage),
//   labels exactly ttl after an event (window start inclusive) or ttl + 1 after (expired), and
//   entities with no events. 4,000 x 50,000 pairs rule out comparing every label with every event.
module.exports = {
  labels_4000_events_50000(g) {
    const nEntities = 1500;
    const ttl = 20000;
    const value = () => (g.bernoulli(0.03) ? '' : g.uniform(10, 100).toFixed(1));
    const events = [];
    for (let i = 0; i < 48000; i++) {
      events.push(['e' + g.int(0, nEntities - 1), g.int(0, 100000), value()]);
    }
    g.shuffle(events);
    // re-written events: same entity and time, a new value, appended later in the file
    for (let i = 0; i < 2000; i++) {
      const pos = g.int(0, events.length - 1);
      const [e, t] = events[pos];
      events.splice(g.int(pos + 1, events.length), 0, [e, t, value()]);
    }
    const labels = [];
    for (let i = 0; i < 4000; i++) {
      const kind = g.weighted(['random', 'at-event', 'window-start', 'expired', 'no-events'], [70, 10, 8, 8, 4]);
      if (kind === 'random') {
        labels.push(['e' + g.int(0, nEntities - 1), g.int(0, 100000)]);
      } else if (kind === 'no-events') {
        labels.push(['e' + g.int(nEntities, nEntities + 99), g.int(0, 100000)]);
      } else {
        const [e, t] = g.choice(events);
        const shift = kind === 'at-event' ? 0 : kind === 'window-start' ? ttl : ttl + 1;
        labels.push([e, t + shift]);
      }
    }
    const csv = (header, rows) => [header, ...rows.map((r) => r.join(','))].join('\r\n') + '\r\n';
    return [csv('entity_id,label_time', labels), csv('entity_id,event_time,value', events), ttl, g.float(-1)];
  },
};
