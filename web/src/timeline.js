// The timeline: events per week stacked by type (bars) and fatalities per
// week (line, right axis), with a brush that selects a period. The period is
// reported in whole weeks: since = a Monday, until = the Sunday after.
import { select } from 'd3-selection';
import { scaleUtc, scaleLinear } from 'd3-scale';
import { axisBottom, axisLeft, axisRight } from 'd3-axis';
import { brushX } from 'd3-brush';
import { utcMonday, utcDay } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import { max } from 'd3-array';
import { typeColor, orderTypes } from './colors.js';

const iso = utcFormat('%Y-%m-%d');
const parse = (s) => new Date(`${s}T00:00:00Z`);

export class Timeline {
  constructor(svg, { onRange }) {
    this.svg = select(svg);
    this.onRange = onRange;
    this.weeks = [];
    this.range = null;
    new ResizeObserver(() => this.draw()).observe(svg.parentElement);
  }

  // points: events (with or without coordinates) that pass every filter but
  // the period; range: [since, until] or null.
  setData(points, range) {
    const byWeek = new Map();
    const types = new Set();
    for (const p of points) {
      if (!p.date || p.date.length < 10) continue;
      const week = utcMonday.floor(parse(p.date.slice(0, 10)));
      if (Number.isNaN(week.getTime())) continue;
      const key = week.getTime();
      let w = byWeek.get(key);
      if (!w) byWeek.set(key, (w = { week, total: 0, fatalities: 0, byType: {} }));
      w.total += 1;
      w.fatalities += p.fatalities || 0;
      w.byType[p.type] = (w.byType[p.type] ?? 0) + 1;
      types.add(p.type);
    }
    // Every week between the first and the last, empty ones too.
    const keys = [...byWeek.keys()].sort((a, b) => a - b);
    this.weeks = [];
    if (keys.length) {
      for (let d = new Date(keys[0]); d.getTime() <= keys[keys.length - 1]; d = utcMonday.offset(d, 1)) {
        this.weeks.push(byWeek.get(d.getTime()) ?? { week: new Date(d), total: 0, fatalities: 0, byType: {} });
      }
    }
    this.types = orderTypes([...types]);
    this.range = range;
    this.draw();
  }

  draw() {
    const svg = this.svg;
    const node = svg.node();
    const width = Math.max(200, node.parentElement.clientWidth - 16);
    const height = 150;
    svg.attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
    svg.selectAll('*').remove();
    const m = { top: 8, right: 44, bottom: 22, left: 40 };
    const weeks = this.weeks;
    svg.attr('data-weeks', weeks.length).attr('data-events', weeks.reduce((s, w) => s + w.total, 0));
    if (!weeks.length) {
      svg.append('text').attr('x', width / 2).attr('y', height / 2).attr('class', 'muted').attr('text-anchor', 'middle').text('No dated events');
      return;
    }
    const x = scaleUtc()
      .domain([weeks[0].week, utcMonday.offset(weeks[weeks.length - 1].week, 1)])
      .range([m.left, width - m.right]);
    const y = scaleLinear().domain([0, max(weeks, (w) => w.total) || 1]).nice().range([height - m.bottom, m.top]);
    const yf = scaleLinear().domain([0, max(weeks, (w) => w.fatalities) || 1]).nice().range([height - m.bottom, m.top]);
    const barWidth = Math.max(1, (x(utcMonday.offset(weeks[0].week, 1)) - x(weeks[0].week)) - 1);

    const bars = svg.append('g').attr('class', 'bars');
    for (const w of weeks) {
      let y0 = 0;
      for (const t of this.types) {
        const n = w.byType[t] ?? 0;
        if (!n) continue;
        bars.append('rect')
          .attr('x', x(w.week)).attr('width', barWidth)
          .attr('y', y(y0 + n)).attr('height', y(y0) - y(y0 + n))
          .attr('fill', typeColor(t))
          .append('title').text(`${iso(w.week)}: ${n} ${t}`);
        y0 += n;
      }
    }
    let line = '';
    weeks.forEach((w, i) => {
      line += `${i ? 'L' : 'M'}${x(w.week) + barWidth / 2},${yf(w.fatalities)}`;
    });
    svg.append('path').attr('d', line).attr('class', 'fatality-line');
    svg.append('g').attr('class', 'axis').attr('transform', `translate(0,${height - m.bottom})`)
      .call(axisBottom(x).ticks(Math.max(2, Math.floor(width / 90))));
    svg.append('g').attr('class', 'axis').attr('transform', `translate(${m.left},0)`).call(axisLeft(y).ticks(4));
    svg.append('g').attr('class', 'axis fatal').attr('transform', `translate(${width - m.right},0)`).call(axisRight(yf).ticks(4));
    svg.append('text').attr('class', 'axis-label').attr('x', m.left + 4).attr('y', m.top + 8).text('events');
    svg.append('text').attr('class', 'axis-label fatal').attr('x', width - m.right - 4).attr('y', m.top + 8)
      .attr('text-anchor', 'end').text('fatalities —');

    const brush = brushX()
      .extent([[m.left, m.top], [width - m.right, height - m.bottom]])
      .on('end', (e) => {
        if (!e.sourceEvent) return;  // moved by code, not by the user
        if (!e.selection) {
          this.onRange(null);
          return;
        }
        const since = utcMonday.floor(x.invert(e.selection[0]));
        const until = utcDay.offset(utcMonday.ceil(x.invert(e.selection[1])), -1);
        this.onRange([iso(since), iso(until)]);
      });
    const g = svg.append('g').attr('class', 'brush').call(brush);
    if (this.range) {
      const [s, u] = this.range;
      const x0 = x(s ? parse(s) : weeks[0].week);
      const x1 = x(u ? utcDay.offset(parse(u), 1) : utcMonday.offset(weeks[weeks.length - 1].week, 1));
      const lo = Math.max(m.left, Math.min(x0, x1)), hi = Math.min(width - m.right, Math.max(x0, x1));
      if (hi > lo) g.call(brush.move, [lo, hi]);
    }
  }
}
