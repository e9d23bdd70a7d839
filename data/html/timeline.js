// chronograph interactive timeline: inlined into each HTML page by render/html, no network.
// Reads the SVG drawn by render/timeline (classes and data- attributes) and the events'
// cards (JSON in #chronograph-data). Hover or focus: the card. Click or Enter: what the
// event depends on and what depends on it. Toolbar: filters. Ctrl+wheel, + and -: zoom the
// time axis; drag, Shift+wheel and the arrow keys: pan. Esc clears.
(function () {
  'use strict';
  const NS = 'http://www.w3.org/2000/svg';
  const chart = document.getElementById('chart');
  const svg = chart && chart.querySelector('svg');
  const card = document.getElementById('card');
  const dataNode = document.getElementById('chronograph-data');
  if (!svg || !card || !dataNode) return;
  const data = JSON.parse(dataNode.textContent);
  const events = Array.from(svg.querySelectorAll('.event'));
  const edges = Array.from(svg.querySelectorAll('.edge'));
  const byId = new Map(events.map((g) => [g.dataset.id, g]));

  // ---- the card ------------------------------------------------------------------------
  function el(tag, content, cls) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (content !== undefined) node.textContent = content;
    return node;
  }

  function fillCard(g) {
    const info = data.events[g.dataset.id];
    card.replaceChildren();
    if (!info) {
      card.append(el('h2', g.getAttribute('aria-label') || g.dataset.id));
      return;
    }
    card.append(el('h2', info.title));
    card.append(el('div', info.date, 'when'));
    card.append(el('div', info.certainty + (info.value ? ' \u00b7 TIMEX3 ' + info.value : ''), 'how'));
    card.append(el('div', 'modality: ' + info.modality + (info.class ? ' \u00b7 ' + info.class.toLowerCase() : ''), 'meta'));
    if (info.actors.length) card.append(el('div', 'actors: ' + info.actors.join(', '), 'meta'));
    for (const [before, trigger, after] of info.sentences.slice(0, 3)) {
      const quote = el('blockquote');
      quote.append(before);
      if (trigger) quote.append(el('mark', trigger));
      quote.append(after);
      card.append(quote);
    }
    if (info.edges.length) {
      const list = el('ul');
      for (const link of info.edges) {
        const type = link.type.replace('_', ' ');
        const cue = link.cue ? ' (\u201c' + link.cue + '\u201d)' : '';
        const setAside = link.set_aside ? ' \u2014 set aside: the dates contradict it' : '';
        list.append(el('li', (link.dir === 'out' ? 'this ' + type + ' \u2192 ' + link.title
                                                 : link.title + ' ' + type + ' \u2192 this') + cue + setAside));
      }
      card.append(list);
    }
  }

  function showCard(g) {
    fillCard(g);
    card.hidden = false;
    const anchor = (g.querySelector('.mark') || g).getBoundingClientRect();
    const width = card.offsetWidth, height = card.offsetHeight;
    let left = anchor.right + 12, top = anchor.top - 8;
    if (left + width > window.innerWidth - 8) left = Math.max(8, anchor.left - width - 12);
    if (top + height > window.innerHeight - 8) top = Math.max(8, window.innerHeight - height - 8);
    card.style.left = left + 'px';
    card.style.top = top + 'px';
  }
  function hideCard() { card.hidden = true; }

  // ---- dependencies up and down ----------------------------------------------------------
  let selected = null;
  function walk(start, direction, lit, litEdges) {
    const queue = [start];
    const seen = new Set([start]);
    while (queue.length) {
      const id = queue.shift();
      const info = data.events[id];
      if (!info) continue;
      for (const link of info.edges) {
        if (link.dir !== direction) continue;
        litEdges.add(direction === 'out' ? id + '\u0000' + link.other : link.other + '\u0000' + id);
        if (!seen.has(link.other)) { seen.add(link.other); queue.push(link.other); }
      }
    }
    for (const id of seen) lit.add(id);
  }
  function clearSelection() {
    svg.classList.remove('dimmed');
    for (const g of events) g.classList.remove('lit', 'selected');
    for (const e of edges) e.classList.remove('lit');
    selected = null;
  }
  function select(g) {
    const again = selected === g;
    clearSelection();
    if (again) return;
    selected = g;
    const lit = new Set(), litEdges = new Set();
    walk(g.dataset.id, 'in', lit, litEdges);
    walk(g.dataset.id, 'out', lit, litEdges);
    for (const id of lit) { const node = byId.get(id); if (node) node.classList.add('lit'); }
    for (const e of edges) if (litEdges.has(e.dataset.from + '\u0000' + e.dataset.to)) e.classList.add('lit');
    g.classList.add('selected');
    svg.classList.add('dimmed');
  }

  for (const g of events) {
    g.addEventListener('mouseenter', () => showCard(g));
    g.addEventListener('mouseleave', () => { if (document.activeElement !== g) hideCard(); });
    g.addEventListener('focus', () => showCard(g));
    g.addEventListener('blur', hideCard);
    g.addEventListener('click', (event) => { event.stopPropagation(); select(g); });
    g.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); select(g); }
    });
  }
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') { clearSelection(); hideCard(); }
  });

  // ---- filters ---------------------------------------------------------------------------
  const off = { lane: new Set(), modality: new Set(), type: new Set() };
  function distinct(nodes, key) {
    const values = [];
    for (const node of nodes) { const v = node.dataset[key]; if (v && !values.includes(v)) values.push(v); }
    return values;
  }
  function addFilters(fieldsetId, kind, values, label) {
    const fieldset = document.getElementById(fieldsetId);
    if (!fieldset) return;
    if (!values.length) { fieldset.hidden = true; return; }
    for (const value of values) {
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.checked = true;
      box.dataset.filter = kind;
      box.value = value;
      box.addEventListener('change', () => {
        if (box.checked) off[kind].delete(value); else off[kind].add(value);
        applyFilters();
      });
      const wrap = el('label');
      wrap.append(box, ' ' + label(value));
      fieldset.append(wrap);
    }
  }
  function applyFilters() {
    const hidden = new Set();
    for (const g of events) {
      const hide = (g.dataset.lane && off.lane.has(g.dataset.lane)) || off.modality.has(g.dataset.modality);
      g.classList.toggle('hidden', hide);
      if (hide) hidden.add(g.dataset.id);
    }
    for (const e of edges)
      e.classList.toggle('hidden', off.type.has(e.dataset.type) || hidden.has(e.dataset.from) || hidden.has(e.dataset.to));
  }
  addFilters('filter-lanes', 'lane', distinct(svg.querySelectorAll('.lane'), 'lane'), (v) => v);
  addFilters('filter-modalities', 'modality', distinct(events, 'modality'), (v) => v === 'timex' ? 'time expression' : v);
  addFilters('filter-edges', 'type', distinct(edges, 'type'), (v) => v.replace('_', ' '));

  // ---- zoom and pan of the time axis ---------------------------------------------------------
  const axis = svg.querySelector('.axis');
  if (!axis) return;
  const [plotLeft, plotRight] = svg.dataset.plot.split(' ').map(Number);
  const segments = axis.dataset.segments.split(';').map((s) => s.split(' ').map(Number));
  const axisTop = Number(axis.dataset.top), axisLine = Number(axis.dataset.line), plotBottom = Number(axis.dataset.bottom);
  let k = 1, pan = 0;
  const f = (x) => plotLeft + (x - plotLeft) * k + pan;

  // A day drawn as a point (render/timeline/svg_timeline.cpp): a dot at its noon while the day
  // is narrower than WIDE_DAY_PX (kWideDayPx there), else a bar from its midnight to the next,
  // so a zoom that ticks hours does not show the day as one hour of it. Both shapes are kept;
  // the zoom shows the one that fits. A strike (it did not happen) follows the shape shown.
  const WIDE_DAY_PX = 30, MARK_HEIGHT = 10, DIAGONAL_STRIKE_PX = 16;
  const MARK_STYLE = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'fill-opacity'];
  function dayMark(g, mark) {
    const [a, b] = mark.dataset.day.split(' ').map(Number);
    const dot = mark.tagName === 'circle' ? mark : document.createElementNS(NS, 'circle');
    const bar = mark.tagName === 'circle' ? document.createElementNS(NS, 'rect') : mark;
    const other = mark === dot ? bar : dot;
    for (const name of MARK_STYLE) if (mark.hasAttribute(name)) other.setAttribute(name, mark.getAttribute(name));
    const top = Number(mark.dataset.box.split(' ')[1]);
    dot.setAttribute('cy', top + MARK_HEIGHT / 2);
    dot.setAttribute('r', MARK_HEIGHT / 2 - 0.5);
    bar.setAttribute('y', top + 0.5);
    bar.setAttribute('height', MARK_HEIGHT - 1);
    bar.setAttribute('rx', (MARK_HEIGHT - 1) / 2);
    other.setAttribute('class', mark === dot ? 'point day' : 'point');
    other.style.display = 'none';
    mark.after(other);
    return { g, a, b, top, dot, bar, strike: g.querySelector('line.strike') };
  }
  function drawDayMark(m) {
    const a = f(m.a), b = f(m.b), across = b - a >= WIDE_DAY_PX;
    m.dot.style.display = across ? 'none' : '';
    m.bar.style.display = across ? '' : 'none';
    const x0 = across ? a + 1 : (a + b) / 2 - MARK_HEIGHT / 2, x1 = across ? b - 1 : (a + b) / 2 + MARK_HEIGHT / 2;
    if (across) { m.bar.setAttribute('x', x0); m.bar.setAttribute('width', x1 - x0); } else m.dot.setAttribute('cx', (a + b) / 2);
    if (m.strike) {
      const small = x1 - x0 <= DIAGONAL_STRIKE_PX, mid = m.top + MARK_HEIGHT / 2;
      m.strike.setAttribute('x1', x0 - 1);
      m.strike.setAttribute('x2', x1 + 1);
      m.strike.setAttribute('y1', small ? m.top + MARK_HEIGHT : mid);
      m.strike.setAttribute('y2', small ? m.top : mid);
    }
    return across;
  }

  // What moves: every number that is a horizontal position, remembered as first drawn.
  const moving = [];
  function remember(node, attributes) {
    const original = {};
    for (const a of attributes) original[a] = Number(node.getAttribute(a));
    moving.push({ node, original });
  }
  const dayMarks = [];
  for (const g of events) {
    if (g.classList.contains('undated')) continue;
    g.setAttribute('clip-path', 'url(#plot-clip)');
    const day = g.querySelector('.mark.point[data-day]');
    if (day) dayMarks.push(dayMark(g, day));
    const fixed = (node) => day && (node === day || node.classList.contains('strike'));
    for (const mark of g.querySelectorAll('circle')) if (!fixed(mark)) remember(mark, ['cx']);
    for (const mark of g.querySelectorAll('rect')) if (!fixed(mark)) remember(mark, ['x', 'width']);
    for (const mark of g.querySelectorAll('line')) if (!fixed(mark)) remember(mark, ['x1', 'x2']);
    const first = g.querySelector('.mark');
    const label = g.querySelector('text');
    if (first && label) {
      const x0 = Number(first.dataset.x0), x1 = Number(first.dataset.x1), lx = Number(label.getAttribute('x'));
      const anchor = Math.min(Math.max(lx, x0), x1);
      moving.push({ node: label, original: { x: lx }, anchor });
      for (const part of label.querySelectorAll('tspan[x]'))
        moving.push({ node: part, original: { x: Number(part.getAttribute('x')) }, anchor });
    }
  }
  for (const rect of axis.querySelectorAll('rect.break')) remember(rect, ['x', 'width']);
  for (const group of svg.querySelectorAll('.edges')) group.setAttribute('clip-path', 'url(#plot-clip)');
  for (const group of axis.querySelectorAll('.breaks, .axis-lines')) group.setAttribute('clip-path', 'url(#axis-clip)');
  const edgePoints = edges.map((e) => e.dataset.pts.split(' ').map(Number));
  const tickLabels = axis.querySelector('.tick-labels');
  const axisLines = axis.querySelector('.axis-lines');
  const firstTick = tickLabels.querySelector('text');
  const tickBaseline = firstTick ? Number(firstTick.getAttribute('y')) : axisTop + 10.2;

  const edgeControls = edges.map((e) => e.dataset.ctl.split(' ').map(Number));

  // The path the page was drawn with (render/timeline/link_route.h chose it to pass round the
  // labels: one curve, or runs joined by rounded corners), zoomed: a point between the two
  // ends moves with time, one out beside them keeps its distance in pixels from the nearer end.
  function edgePath([x1, y1, x2, y2], controls) {
    const lo = Math.min(x1, x2), hi = Math.max(x1, x2);
    const moved = (c) => {
      if (c >= lo && c <= hi) return f(c);
      const end = Math.abs(c - x1) <= Math.abs(c - x2) ? x1 : x2;
      return f(end) + (c - end);
    };
    const points = [];
    for (let i = 0; i + 1 < controls.length; i += 2) points.push(`${moved(controls[i])} ${controls[i + 1]}`);
    points.push(`${f(x2)} ${y2}`);
    let d = `M${f(x1)} ${y1}`;
    for (let i = 0; i + 2 < points.length; i += 3) d += ` C${points[i]} ${points[i + 1]} ${points[i + 2]}`;
    return d;
  }

  // Calendar arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian).
  function civil(z) {
    z += 719468;
    const era = Math.floor(z / 146097), doe = z - era * 146097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const d = doy - Math.floor((153 * mp + 2) / 5) + 1, m = mp < 10 ? mp + 3 : mp - 9;
    return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
  }
  function dayNumber(y, m, d) {
    y -= m <= 2 ? 1 : 0;
    const era = Math.floor(y / 400), yoe = y - era * 400;
    const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
    return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
  }
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const yearLabel = (y) => (y <= 0 ? (1 - y) + ' BCE' : String(y));
  function dayLabel(day, withYear) {
    const [y, m, d] = civil(Math.floor(day));
    return d + ' ' + MONTHS[m - 1] + (withYear ? ' ' + yearLabel(y) : '');
  }
  function clock(day) {
    const minutes = Math.round((day - Math.floor(day)) * 1440) % 1440;
    return String(Math.floor(minutes / 60)).padStart(2, '0') + ':' + String(minutes % 60).padStart(2, '0');
  }
  const STEPS = [['min', 1], ['min', 2], ['min', 5], ['min', 10], ['min', 15], ['min', 30], ['hour', 1], ['hour', 2],
    ['hour', 3], ['hour', 6], ['hour', 12], ['day', 1], ['day', 2], ['day', 3], ['week', 1], ['week', 2], ['month', 1],
    ['month', 2], ['month', 3], ['month', 6], ['year', 1], ['year', 2], ['year', 5], ['year', 10], ['year', 20],
    ['year', 25], ['year', 50], ['year', 100], ['year', 200], ['year', 250], ['year', 500], ['year', 1000],
    ['year', 2000], ['year', 2500], ['year', 5000]];
  const UNIT_DAYS = { min: 1 / 1440, hour: 1 / 24, day: 1, week: 7, month: 30.44, year: 365.25 };
  const TYPICAL = { min: '00:00', hour: '00:00', day: '30 Sep', week: '30 Sep', month: 'Sep', year: '2000' };
  const measureContext = document.createElement('canvas').getContext('2d');
  measureContext.font = '11px "DejaVu Sans"';
  const measure = (text) => measureContext.measureText(text).width;

  // The legend names a day's point as the zoom draws it, as add_point_legend in svg_timeline.cpp
  // does: "point" for the dots, "day" for days drawn across (the writer kept room for it, hidden,
  // at the end). Entries flow as the writer lays them out, on the lines it laid out.
  const LEGEND_MARGIN = 24, LEGEND_GAP = 18;
  const legendEntries = [];
  for (const node of svg.querySelectorAll('.legend > *')) {
    if (node.classList.contains('legend-mark')) legendEntries.push({ kind: node.dataset.kind, nodes: [node] });
    else if (legendEntries.length) legendEntries[legendEntries.length - 1].nodes.push(node);
  }
  const legendTexts = svg.querySelectorAll('text.legend');
  legendEntries.forEach((entry, i) => {
    entry.text = legendTexts[i];
    const [tx, top, width] = entry.text.dataset.box.split(' ').map(Number);
    entry.x = Number(entry.nodes[0].dataset.box.split(' ')[0]);
    Object.assign(entry, { top, width, offset: tx - entry.x, textX: tx, baseline: Number(entry.text.getAttribute('y')),
      drawn: { text: entry.text.textContent, width } });
  });
  const legendTops = [...new Set(legendEntries.map((e) => e.top))].sort((p, q) => p - q);
  const clockDots = events.some((g) => g.querySelector('circle.mark.point:not([data-day])'));

  function flowLegend(order) {
    const right = Number(svg.getAttribute('width')) - LEGEND_MARGIN, places = [];
    let x = LEGEND_MARGIN, line = 0;
    for (const entry of order) {
      if (!entry.shown) continue;
      const width = entry.offset + entry.width;
      if (x > LEGEND_MARGIN && x + width > right) { x = LEGEND_MARGIN; line++; }
      places.push([entry, x, line]);
      x += width + LEGEND_GAP;
    }
    return line < legendTops.length ? places : null;
  }
  function drawLegend(dayDot, dayAcross) {
    const point = legendEntries.find((e) => e.kind === 'point'), day = legendEntries.find((e) => e.kind === 'day');
    if (!day) return;
    for (const entry of legendEntries) entry.shown = entry.text.getAttribute('visibility') !== 'hidden';
    if (point) {
      const text = dayDot && clockDots ? 'a day or a time of day' : dayDot ? 'a day' : 'a time of day';
      point.text.textContent = text;
      point.width = text === point.drawn.text ? point.drawn.width : measure(text);
      point.shown = dayDot || clockDots;
    }
    day.shown = dayAcross;
    const order = legendEntries.filter((e) => e !== day);
    order.splice(point ? order.indexOf(point) + 1 : 0, 0, day);
    // (the writer's order fits the lines it laid out; "day" moved up to "point" almost always does)
    const places = flowLegend(order) || flowLegend(legendEntries);
    for (const entry of legendEntries)
      for (const node of [...entry.nodes, entry.text])
        if (entry.shown) node.removeAttribute('visibility'); else node.setAttribute('visibility', 'hidden');
    for (const [entry, x, line] of places) {
      const dx = x - entry.x, dy = legendTops[line] - entry.top;
      for (const node of entry.nodes) node.setAttribute('transform', `translate(${dx} ${dy})`);
      entry.text.setAttribute('x', entry.textX + dx);
      entry.text.setAttribute('y', entry.baseline + dy);
    }
  }
  function drawDayMarks() {
    let dayDot = false, dayAcross = false;
    for (const m of dayMarks) {
      const across = drawDayMark(m);
      if (f(m.b) <= plotLeft || f(m.a) >= plotRight) continue;  // (out of view)
      if (across) dayAcross = true; else dayDot = true;
    }
    drawLegend(dayDot, dayAcross);
  }

  // As period_days and tick_days in render/timeline/time_scale.cpp: a step of days or weeks
  // may start `phase` days after its usual day.
  const periodDays = ([unit, n]) => (unit === 'day' ? n : unit === 'week' ? 7 * n : 1);
  function tickDays([unit, n], d0, d1, phase) {
    const out = [];
    if (unit === 'min' || unit === 'hour') {
      const step = unit === 'min' ? n : 60 * n;
      for (let m = Math.ceil((d0 * 1440) / step) * step; m / 1440 <= d1 && out.length < 400; m += step) out.push(m / 1440);
    } else if (unit === 'day' || unit === 'week') {
      const period = periodDays([unit, n]), offset = (unit === 'day' ? 0 : 4) + phase;
      let d = Math.ceil(d0);
      d += (((offset - d) % period) + period) % period;
      for (; d <= d1 && out.length < 400; d += period) out.push(d);
    } else if (unit === 'month') {
      let [y, m] = civil(Math.floor(d0));
      for (let day = dayNumber(y, m, 1); day <= d1 && out.length < 400; day = dayNumber(y, m, 1)) {
        if (day >= d0 && (m - 1) % n === 0) out.push(day);
        if (++m > 12) { m = 1; y += 1; }
      }
    } else {
      const y0 = civil(Math.floor(d0))[0], y1 = civil(Math.floor(d1))[0];
      for (let y = y0; y <= y1 && out.length < 400; y++) {
        const label = y > 0 ? y : 1 - y;
        if (label % n !== 0) { if (y > 0) y += n - (label % n) - 1; continue; }
        const day = dayNumber(y, 1, 1);
        if (day >= d0 && day <= d1) out.push(day);
      }
    }
    return out;
  }
  function tickLabel([unit], day, first) {
    const [y, m, d] = civil(Math.floor(day));
    if (unit === 'min' || unit === 'hour') {
      if (first) return dayLabel(day, true) + ' ' + clock(day);
      return Math.abs(day - Math.round(day)) < 1e-9 ? dayLabel(day, false) : clock(day);
    }
    if (unit === 'day' || unit === 'week') return dayLabel(day, first || (m === 1 && d === 1));
    if (unit === 'month') return MONTHS[m - 1] + (first || m === 1 ? ' ' + yearLabel(y) : '');
    return yearLabel(y);
  }

  function svgNode(tag, attributes, text) {
    const node = document.createElementNS(NS, tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // The brackets saying how long each segment is (render/timeline/segment_spans.h), drawn
  // again over the segments' zoomed extent; a label shows while it fits what is in view.
  const spanGroup = axis.querySelector('.segment-spans');
  const spanY = spanGroup ? Number(spanGroup.dataset.y) : 0;
  const spanBaseline = spanGroup && spanGroup.querySelector('text') ? Number(spanGroup.querySelector('text').getAttribute('y')) : spanY + 3.5;
  const spans = spanGroup ? [...spanGroup.querySelectorAll('path')].map((p) =>
    ({ x0: Number(p.dataset.x0), x1: Number(p.dataset.x1), label: p.dataset.label })) : [];
  const spanContext = document.createElement('canvas').getContext('2d');
  spanContext.font = '10px "DejaVu Sans"';
  function drawSpans() {
    if (!spanGroup) return;
    spanGroup.replaceChildren();
    for (const span of spans) {
      const a = Math.max(f(span.x0), plotLeft) + 1, b = Math.min(f(span.x1), plotRight) - 1;
      if (b - a < 4) continue;
      const width = span.label ? spanContext.measureText(span.label).width : 0;
      const fits = span.label && width + 12 <= b - a;
      const lx = (a + b - width) / 2, gap0 = fits ? lx - 4 : b, gap1 = fits ? lx + width + 4 : b;
      spanGroup.append(svgNode('path', { class: 'segment-span', fill: 'none', stroke: '#aaaaaa',
        d: `M${a} ${spanY + 3} L${a} ${spanY} L${gap0} ${spanY} M${gap1} ${spanY} L${b} ${spanY} L${b} ${spanY + 3}` }));
      if (fits)
        spanGroup.append(svgNode('text', { class: 'label segment-span-label', x: lx, y: spanBaseline, 'font-size': 10,
          fill: '#777777' }, span.label));
    }
  }

  function drawAxis() {
    drawSpans();
    axisLines.replaceChildren();
    tickLabels.replaceChildren();
    const baseline = tickBaseline;
    for (let i = 0; i < segments.length; i++) {
      const [day0, day1, x0, x1] = segments[i];
      const sx0 = f(x0), sx1 = f(x1);
      const vx0 = Math.max(sx0, plotLeft), vx1 = Math.min(sx1, plotRight);
      if (i + 1 < segments.length) {
        const a = sx1, b = f(segments[i + 1][2]), mid = (a + b) / 2;
        if (mid > plotLeft && mid < plotRight)
          axisLines.append(svgNode('path', { class: 'break-mark', fill: 'none', stroke: '#888888',
            d: `M${a} ${axisLine} L${mid - 3} ${axisLine - 5} L${mid + 3} ${axisLine + 5} L${b} ${axisLine}` }));
      }
      if (vx1 - vx0 < 2) continue;
      axisLines.append(svgNode('line', { x1: vx0, y1: axisLine, x2: vx1, y2: axisLine, stroke: '#888888' }));
      const perDay = (sx1 - sx0) / (day1 - day0);
      const d0 = day0 + (vx0 - sx0) / perDay, d1 = day0 + (vx1 - sx0) / perDay;
      // The ticks of `step` whose labels fit, and whether one was left out for running into the
      // label before it (uneven ticks: "Dec", "Feb 2012", "Apr").
      const fit = (step, phase) => {
        let ticks = [];
        let lastRight = -Infinity, lastYear = null, gaveWay = false, uneven = false;
        const whole = UNIT_DAYS[step[0]] * step[1] >= 1;
        for (const day of tickDays(step, d0, d1, phase)) {
          const x = sx0 + (day - day0) * perDay;
          // As the SVG writer: the first label, and the first in a new year, say the year.
          const year = civil(Math.floor(day))[0];
          let label = tickLabel(step, day, ticks.length === 0 || year !== lastYear);
          let width = measure(label);
          let lx = Math.min(Math.max(x - width / 2, vx0), vx1 - width);
          // As the SVG writer: the first tick, whose label says the year, gives way once to the
          // second rather than make a hole after it.
          if (whole && !gaveWay && ticks.length === 1 && lx < lastRight + 10) {
            gaveWay = true;
            ticks = [];
            lastRight = -Infinity;
            label = tickLabel(step, day, true);
            width = measure(label);
            lx = Math.min(Math.max(x - width / 2, vx0), vx1 - width);
          }
          if (width > vx1 - vx0 || x < lx - 0.5 || x > lx + width + 0.5) continue;
          // As the SVG writer: a day or a time of day pushed far off its tick names another one.
          const namesAPoint = step[0] !== 'month' && step[0] !== 'year';
          if (namesAPoint && Math.abs(lx + width / 2 - x) > width * 0.25) continue;
          if (lx < lastRight + 10) {
            uneven = uneven || whole;
            continue;
          }
          lastRight = lx + width;
          lastYear = year;
          ticks.push({ x, lx, label });
        }
        return { ticks, uneven };
      };
      // As the SVG writer: the finest step placing two ticks evenly, on its usual days if two fit
      // there; uneven ticks are the last resort.
      let chosen = [], unevenTicks = [];
      for (const step of STEPS) {
        if (UNIT_DAYS[step[0]] * step[1] * perDay < measure(TYPICAL[step[0]]) + 10) continue;
        let { ticks, uneven } = fit(step, 0);
        for (let phase = 1; phase < periodDays(step) && ticks.length < 2; phase++) {
          const other = fit(step, phase);
          if (other.ticks.length > ticks.length) ({ ticks, uneven } = other);
        }
        if (uneven) {
          if (!unevenTicks.length) unevenTicks = ticks;
          continue;
        }
        if (!chosen.length || ticks.length >= 2) chosen = ticks;
        if (chosen.length >= 2) break;
      }
      if (chosen.length < 2 && unevenTicks.length) chosen = unevenTicks;
      for (const { x, lx, label } of chosen) {
        axisLines.append(svgNode('line', { class: 'grid', x1: x, x2: x, y1: axisLine, y2: plotBottom, stroke: '#e4e4e4' }));
        axisLines.append(svgNode('line', { class: 'tick', x1: x, x2: x, y1: axisLine - 4, y2: axisLine, stroke: '#888888' }));
        tickLabels.append(svgNode('text', { class: 'label tick-label', x: lx, y: baseline, 'font-size': 11, fill: '#555555' }, label));
      }
      if (!chosen.length) {
        const mid = (d0 + d1) / 2;
        const label = d1 - d0 < 3 ? dayLabel(mid, true) : d1 - d0 < 120 ? MONTHS[civil(Math.floor(mid))[1] - 1] + ' ' +
          yearLabel(civil(Math.floor(mid))[0]) : yearLabel(civil(Math.floor(mid))[0]);
        if (measure(label) < vx1 - vx0)
          tickLabels.append(svgNode('text', { class: 'label tick-label', x: (vx0 + vx1 - measure(label)) / 2, y: baseline,
            'font-size': 11, fill: '#555555' }, label));
      }
    }
  }

  function redraw() {
    for (const { node, original, anchor } of moving) {
      if (anchor !== undefined) { node.setAttribute('x', original.x + f(anchor) - anchor); continue; }
      for (const [name, value] of Object.entries(original)) {
        if (name === 'width') node.setAttribute('width', Math.max(value * k, 1));
        else node.setAttribute(name, f(value));
      }
    }
    edges.forEach((e, i) => e.setAttribute('d', edgePath(edgePoints[i], edgeControls[i])));
    drawDayMarks();
    drawAxis();
    svg.dataset.zoom = k.toFixed(3);
  }

  function zoomAt(factor, center) {
    const next = Math.min(Math.max(k * factor, 1), 5000);
    const original = plotLeft + (center - plotLeft - pan) / k;
    k = next;
    pan = center - plotLeft - (original - plotLeft) * k;
    clampPan();
    redraw();
  }
  function clampPan() { pan = Math.min(0, Math.max(pan, (plotRight - plotLeft) * (1 - k))); }
  function panBy(dx) { pan += dx; clampPan(); redraw(); }
  const middle = () => (plotLeft + plotRight) / 2;
  function svgX(clientX) { return clientX - svg.getBoundingClientRect().left; }

  document.getElementById('zoom-in').addEventListener('click', () => zoomAt(1.6, middle()));
  document.getElementById('zoom-out').addEventListener('click', () => zoomAt(1 / 1.6, middle()));
  document.getElementById('zoom-reset').addEventListener('click', () => { k = 1; pan = 0; redraw(); });
  chart.addEventListener('wheel', (event) => {
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      zoomAt(event.deltaY < 0 ? 1.25 : 0.8, svgX(event.clientX));
    } else if (event.shiftKey) {
      event.preventDefault();
      panBy(-(event.deltaY || event.deltaX));
    }
  }, { passive: false });
  chart.addEventListener('keydown', (event) => {
    if (event.key === '+' || event.key === '=') zoomAt(1.6, middle());
    else if (event.key === '-') zoomAt(1 / 1.6, middle());
    else if (event.key === '0') { k = 1; pan = 0; redraw(); }
    else if (event.key === 'ArrowLeft') panBy((plotRight - plotLeft) * 0.1);
    else if (event.key === 'ArrowRight') panBy(-(plotRight - plotLeft) * 0.1);
    else return;
    event.preventDefault();
  });
  let drag = null;
  svg.addEventListener('pointerdown', (event) => {
    if (event.target.closest('.event') || k === 1) return;
    drag = { x: event.clientX, pan };
    chart.classList.add('dragging');
  });
  window.addEventListener('pointermove', (event) => {
    if (!drag) return;
    pan = drag.pan + event.clientX - drag.x;
    clampPan();
    redraw();
  });
  window.addEventListener('pointerup', () => { drag = null; chart.classList.remove('dragging'); });
  svg.addEventListener('click', (event) => { if (!event.target.closest('.event')) { clearSelection(); hideCard(); } });
})();
