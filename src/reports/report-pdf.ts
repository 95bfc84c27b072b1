/**
 * The service report as a PDF on the body's letterhead (src/documents/pdf.ts), in the order of
 * Perki 1/2021 Art. 56 (kip-rules §2.9): policy; implementation (facilities, staff, budget);
 * details of service with charts drawn in the PDF (monthly volume, outcome mix, on-time rate per
 * unit/mission); disputes; obstacles; recommendations. Every chart has its numbers beside it.
 */
import type { Reader } from '../../db/unit-of-work';
import { formatDate } from '../calendar/describe';
import { letterheadFor } from '../documents/letterhead';
import { PdfWriter } from '../documents/pdf';
import type { Lang } from '../i18n';
import { stateLabel } from '../i18n/status';
import { outcomes as OUTCOMES } from '../../workflows/request.events';
import {
  channelLabel,
  disputeOutcomeText,
  disputeStageText,
  exemptionLabel,
  halfLabel,
  monthLabel,
  objectionOutcomeText,
  reportOutcomeLabel,
  requesterTypeLabel,
} from './labels';
import { type NARRATIVE_SECTIONS, NARRATIVE_TITLES } from './narratives';
import type { ServiceReport } from './service-report';
import { ELEMENT_NAMES, GRADE_WORDS, type SurveyGrade, surveyElements } from '../survey/survey';
import { t } from '../i18n';

/** Colours that stay apart for common colour-vision deficiencies (Okabe–Ito). */
export const OUTCOME_COLOURS: Record<string, string> = {
  granted: '#009E73',
  partially_granted: '#56B4E9',
  denied: '#D55E00',
  not_held: '#E69F00',
  not_yet_documented: '#CC79A7',
};
const BAR = '#0072B2';
const INK = '#111111';
const MUTED = '#555555';
const GRID = '#d0d0d0';

const num = (n: number | null, lang: Lang) => (n === null ? '—' : new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB').format(n));
const pct = (r: number | null, lang: Lang) =>
  r === null ? '—' : `${new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 1 }).format(r * 100)}%`;

function reportTitle(r: Pick<ServiceReport, 'year' | 'half'>, lang: Lang): string {
  if (lang === 'id') return `Laporan Layanan Informasi Publik ${r.half ? `${halfLabel(r.half, 'id')} ` : ''}Tahun ${r.year}`;
  return `Public Information Service Report ${r.half ? `${halfLabel(r.half, 'en')} of ` : ''}${r.year}`;
}

export async function renderReportPdf(db: Reader, r: ServiceReport, lang: Lang): Promise<Buffer> {
  const letterhead = await letterheadFor(db, r.unit);
  const title = reportTitle(r, lang);
  const w = new PdfWriter({ title, lang, issuedAt: r.generatedAt, letterhead, footer: title });
  const doc = w.doc;
  const left = doc.page.margins.left;
  const unit = r.unit ? await db.selectFrom('units').select(['name_id', 'name_en']).where('code', '=', r.unit).executeTakeFirst() : undefined;
  const unitName = unit ? (lang === 'id' ? unit.name_id : unit.name_en) : t(lang, 'reports.whole_public_body');
  w.heading(title.toUpperCase(), `${unitName} — ${formatDate(r.period.from, lang)} – ${formatDate(r.period.to, lang)}`);
  w.paragraph(
    t(lang, 'reports.compiled_from_request_and_objection_registers', {
      date: formatDate(r.generatedAt.slice(0, 10), lang),
    }),
    { size: 9, color: MUTED, after: r.checkpoint ? 2 : 10 },
  );
  if (r.checkpoint) {
    w.paragraph(t(lang, 'reports.audit_checkpoint', { seq: r.checkpoint.seq, head: r.checkpoint.head, key: r.checkpoint.keyId }), {
      size: 8,
      color: MUTED,
      after: 10,
    });
  }

  const narrative = (section: (typeof NARRATIVE_SECTIONS)[number]) => {
    w.paragraph(NARRATIVE_TITLES[section][lang], { bold: true, after: 2 });
    w.paragraph(r.narrative[section] || t(lang, 'reports.not_written_yet'), { after: 8, color: r.narrative[section] ? INK : MUTED });
  };

  w.subheading(t(lang, 'reports.i_information_service_policy'));
  w.paragraph(r.narrative.policy || t(lang, 'reports.not_written_yet'), { after: 8, color: r.narrative.policy ? INK : MUTED });
  w.subheading(t(lang, 'reports.ii_implementation'));
  narrative('facilities');
  narrative('staff');
  narrative('budget');

  w.subheading(t(lang, 'reports.iii_details_of_service'));
  w.fields(
    [
      [t(lang, 'reports.requests_received'), num(r.requests.received, lang)],
      [t(lang, 'reports.decided'), num(r.outcomes.decided, lang)],
      [t(lang, 'reports.decided_on_time'), `${num(r.onTime.onTime, lang)} (${pct(r.onTime.rate, lang)})`],
      [t(lang, 'reports.extensions_used'), num(r.extensions, lang)],
      [t(lang, 'reports.still_pending'), `${num(r.pending.open, lang)} (${t(lang, 'reports.overdue')}: ${num(r.pending.overdue, lang)})`],
    ],
    { labelWidth: 190 },
  );

  // Chart 1: monthly volume.
  const months = Object.entries(r.requests.byMonth).sort(([a], [b]) => a.localeCompare(b));
  ensureSpace(w, 200);
  w.paragraph(t(lang, 'reports.figure_1_requests_received_by_month'), { bold: true, size: 9.5, after: 4 });
  barChart(
    w,
    left,
    doc.y,
    w.width,
    150,
    months.map(([m, n]) => ({ label: monthLabel(m, lang, true), value: n })),
    lang,
  );
  doc.x = left;

  table(
    w,
    [t(lang, 'reports.channel'), t(lang, 'reports.count')],
    Object.entries(r.requests.byChannel).map(([k, v]) => [channelLabel(k, lang), num(v, lang)]),
    [0.7, 0.3],
  );
  table(
    w,
    [t(lang, 'reports.requester_type'), t(lang, 'reports.count')],
    Object.entries(r.requests.byRequesterType).map(([k, v]) => [requesterTypeLabel(k, lang), num(v, lang)]),
    [0.7, 0.3],
  );

  // Chart 2: outcome mix.
  ensureSpace(w, 40 + OUTCOMES.length * 20);
  w.paragraph(t(lang, 'reports.figure_2_outcomes_of_requests'), { bold: true, size: 9.5, after: 4 });
  hbarChart(
    w,
    left,
    doc.y,
    w.width,
    OUTCOMES.map((o) => ({ label: reportOutcomeLabel(o, lang), value: r.outcomes[o], colour: OUTCOME_COLOURS[o]! })),
    (v) => `${num(v, lang)} (${pct(r.outcomes.decided > 0 ? v / r.outcomes.decided : null, lang)})`,
    Math.max(1, ...OUTCOMES.map((o) => r.outcomes[o])),
  );
  table(
    w,
    [t(lang, 'reports.reason_for_denial_law_14_2008'), t(lang, 'reports.requests_denied')],
    Object.entries(r.outcomes.deniedByExemption).map(([k, v]) => [exemptionLabel(k, lang), num(v, lang)]),
    [0.7, 0.3],
  );
  const serve = r.timeToServe.workingDays;
  w.paragraph(t(lang, 'reports.time_to_serve_working_days_from'), {
    bold: true,
    after: 2,
  });
  w.fields(
    [
      [t(lang, 'reports.mean'), num(serve.mean, lang)],
      [t(lang, 'reports.median'), num(serve.median, lang)],
      [t(lang, 'reports.90th_percentile'), num(serve.p90, lang)],
      [t(lang, 'reports.longest'), num(serve.max, lang)],
    ],
    { labelWidth: 190 },
  );

  // Chart 3: on-time rate per unit/mission.
  const units = r.units.filter((u) => u.decided > 0).slice(0, 15);
  if (units.length > 0) {
    ensureSpace(w, 40 + units.length * 20);
    w.paragraph(t(lang, 'reports.figure_3_on_time_rate_by'), { bold: true, size: 9.5, after: 4 });
    hbarChart(
      w,
      left,
      doc.y,
      w.width,
      units.map((u) => ({ label: lang === 'id' ? u.nameId : u.nameEn, value: u.rate ?? 0, colour: BAR })),
      (v, i) => `${pct(v, lang)} (${num(units[i]!.onTime, lang)}/${num(units[i]!.decided, lang)})`,
      1,
    );
    if (r.units.filter((u) => u.decided > 0).length > units.length) {
      w.paragraph(t(lang, 'reports.fifteen_units_with_most_requests_every'), {
        size: 8.5,
        color: MUTED,
      });
    }
  }
  table(
    w,
    [t(lang, 'reports.unit_mission'), t(lang, 'reports.received'), t(lang, 'reports.decided_2'), t(lang, 'reports.on_time')],
    r.units.map((u) => [lang === 'id' ? u.nameId : u.nameEn, num(u.received, lang), num(u.decided, lang), pct(u.rate, lang)]),
    [0.52, 0.16, 0.16, 0.16],
  );

  w.paragraph(t(lang, 'reports.ten_oldest_requests_not_yet_decided'), { bold: true, after: 4 });
  if (r.pending.oldest.length === 0) w.paragraph(t(lang, 'reports.none'), { after: 8 });
  else {
    table(
      w,
      [t(lang, 'reports.number'), t(lang, 'reports.received'), t(lang, 'reports.unit'), t(lang, 'reports.status'), t(lang, 'reports.due')],
      r.pending.oldest.map((o) => [o.registrationNumber, formatDate(o.receivedOn, lang), o.unit, stateLabel(o.state, lang), formatDate(o.noticeDue, lang)]),
      [0.24, 0.18, 0.14, 0.26, 0.18],
    );
  }

  satisfactionSection(w, r, lang);

  w.subheading(t(lang, 'reports.iv_objections_and_disputes'));
  table(
    w,
    [t(lang, 'reports.objections'), t(lang, 'reports.count')],
    [
      [t(lang, 'reports.objections_received'), num(r.objections.received, lang)],
      ...Object.entries(r.objections.byOutcome).map(([k, v]) => [objectionOutcomeText(k, lang), num(v, lang)]),
    ],
    [0.7, 0.3],
  );
  table(
    w,
    [t(lang, 'reports.disputes_at_information_commission'), t(lang, 'reports.count')],
    [
      [t(lang, 'reports.disputes_filed'), num(r.disputes.filed, lang)],
      ...Object.entries(r.disputes.byStage).map(([k, v]) => [`${t(lang, 'reports.stage')}: ${disputeStageText(k, lang)}`, num(v, lang)]),
      ...Object.entries(r.disputes.byOutcome).map(([k, v]) => [`${t(lang, 'reports.outcome')}: ${disputeOutcomeText(k, lang)}`, num(v, lang)]),
    ],
    [0.7, 0.3],
  );

  w.subheading(t(lang, 'reports.v_internal_and_external_obstacles'));
  w.paragraph(r.narrative.obstacles || t(lang, 'reports.not_written_yet'), { after: 8, color: r.narrative.obstacles ? INK : MUTED });
  w.subheading(t(lang, 'reports.vi_recommendations_and_follow_up_plan'));
  w.paragraph(r.narrative.recommendations || t(lang, 'reports.not_written_yet'), { color: r.narrative.recommendations ? INK : MUTED });
  return w.finish();
}

/** The satisfaction survey (survei kepuasan, Permenpan RB 14/2017): element means, the index and its letter, per unit. */
function satisfactionSection(w: PdfWriter, r: ServiceReport, lang: Lang) {
  const s = r.satisfaction;
  const dec = (n: number | null) =>
    n === null ? '—' : new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);
  const grade = (g: SurveyGrade | null) => (g ? t(lang, GRADE_WORDS[g]) : '—');
  w.paragraph(t(lang, 'survey.community_satisfaction_index'), { bold: true, after: 2 });
  w.paragraph(t(lang, 'survey.index_explained'), { size: 8.5, color: MUTED });
  if (s.responses === 0) {
    w.paragraph(t(lang, 'survey.no_answers_yet'), { after: 8 });
    return;
  }
  table(
    w,
    [t(lang, 'survey.satisfaction_survey'), t(lang, 'reports.count')],
    [
      [t(lang, 'survey.answers'), num(s.responses, lang)],
      ...surveyElements.map((e) => [`${t(lang, ELEMENT_NAMES[e])} (1–4)`, dec(s.elements[e])]),
      [t(lang, 'survey.index'), dec(s.index)],
      [t(lang, 'survey.quality'), grade(s.grade)],
    ],
    [0.7, 0.3],
  );
  if (s.units.length > 1 || (s.units.length === 1 && !r.unit)) {
    table(
      w,
      [t(lang, 'survey.unit'), t(lang, 'survey.answers'), t(lang, 'survey.index'), t(lang, 'survey.quality')],
      s.units.map((u) => [lang === 'id' ? u.nameId : u.nameEn, num(u.responses, lang), dec(u.index), grade(u.grade)]),
      [0.46, 0.14, 0.16, 0.24],
    );
  }
}

/** The writer caches the font it set last; after drawing with pdfkit directly, make it set its own again. */
function resync(w: PdfWriter) {
  (w as unknown as { current: string }).current = '';
}

function ensureSpace(w: PdfWriter, points: number) {
  const doc = w.doc;
  if (doc.y + points > doc.page.height - doc.page.margins.bottom) {
    doc.addPage();
  }
}

/** Vertical bars with the value above each bar and the label below; y axis from 0. */
function barChart(w: PdfWriter, x: number, y: number, width: number, height: number, bars: Array<{ label: string; value: number }>, lang: Lang) {
  const doc = w.doc;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const step = niceStep(max);
  const top = Math.ceil(max / step) * step;
  const axisX = x + 34;
  const plotW = width - 34;
  const plotH = height - 28;
  const base = y + 12 + plotH;
  doc.save();
  doc.font('Helvetica').fontSize(7.5);
  for (let v = 0; v <= top; v += step) {
    const gy = base - (v / top) * plotH;
    doc
      .moveTo(axisX, gy)
      .lineTo(axisX + plotW, gy)
      .lineWidth(0.4)
      .strokeColor(GRID)
      .stroke();
    doc.fillColor(MUTED).text(num(v, lang), x, gy - 3.5, { width: 30, align: 'right', lineBreak: false });
  }
  const slot = plotW / bars.length;
  const barW = Math.min(28, slot * 0.62);
  bars.forEach((b, i) => {
    const bh = (b.value / top) * plotH;
    const bx = axisX + i * slot + (slot - barW) / 2;
    if (bh > 0)
      doc
        .rect(bx, base - bh, barW, bh)
        .fillColor(BAR)
        .fill();
    doc.fillColor(INK).text(num(b.value, lang), axisX + i * slot, base - bh - 10, { width: slot, align: 'center', lineBreak: false });
    doc.fillColor(MUTED).text(b.label, axisX + i * slot, base + 4, { width: slot, align: 'center', lineBreak: false });
  });
  doc
    .moveTo(axisX, base)
    .lineTo(axisX + plotW, base)
    .lineWidth(0.8)
    .strokeColor(INK)
    .stroke();
  doc.restore();
  doc.y = y + height + 8;
  resync(w);
}

/** Horizontal bars, one row each: label, bar (scaled to `max`), value text. */
function hbarChart(
  w: PdfWriter,
  x: number,
  y: number,
  width: number,
  bars: Array<{ label: string; value: number; colour: string }>,
  valueText: (v: number, i: number) => string,
  max: number,
) {
  const doc = w.doc;
  const labelW = width * 0.36;
  const valueW = 96;
  const plotW = width - labelW - valueW - 12;
  const rowH = 16;
  doc.save();
  doc.font('Helvetica').fontSize(8);
  bars.forEach((b, i) => {
    const ry = y + i * rowH;
    doc.fillColor(INK).text(b.label, x, ry + 3, { width: labelW - 6, lineBreak: false, ellipsis: true, height: 10 });
    doc
      .rect(x + labelW, ry + 2, plotW, rowH - 5)
      .fillColor('#f1f1f1')
      .fill();
    const bw = max > 0 ? (Math.min(b.value, max) / max) * plotW : 0;
    if (bw > 0)
      doc
        .rect(x + labelW, ry + 2, bw, rowH - 5)
        .fillColor(b.colour)
        .fill();
    doc.fillColor(INK).text(valueText(b.value, i), x + labelW + plotW + 8, ry + 3, { width: valueW, lineBreak: false });
  });
  doc.restore();
  doc.x = x;
  doc.y = y + bars.length * rowH + 10;
  resync(w);
}

function niceStep(max: number): number {
  const rough = max / 5;
  const mag = 10 ** Math.floor(Math.log10(Math.max(rough, 1)));
  for (const m of [1, 2, 5, 10]) if (m * mag >= rough) return Math.max(1, m * mag);
  return Math.max(1, 10 * mag);
}

/** A table with a header row (repeated after a page break), columns as fractions of the width. */
function table(w: PdfWriter, head: string[], rows: string[][], widths: number[]) {
  const doc = w.doc;
  const left = doc.page.margins.left;
  const cols = widths.map((f) => f * w.width);
  const rowH = 15;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const drawHead = () => {
    let cx = left;
    doc.rect(left, doc.y, w.width, rowH).fillColor('#e8eef5').fill();
    doc.font('Helvetica-Bold').fontSize(8.5).fillColor(INK);
    const y = doc.y;
    head.forEach((h, i) => {
      doc.text(h, cx + 4, y + 4, { width: cols[i]! - 8, align: i === 0 ? 'left' : 'right', lineBreak: false, ellipsis: true, height: 10 });
      cx += cols[i]!;
    });
    doc.y = y + rowH;
  };
  if (doc.y + rowH * 2 > bottom()) doc.addPage();
  drawHead();
  doc.font('Helvetica').fontSize(8.5);
  rows.forEach((row, ri) => {
    if (doc.y + rowH > bottom()) {
      doc.addPage();
      drawHead();
      doc.font('Helvetica').fontSize(8.5);
    }
    const y = doc.y;
    if (ri % 2 === 1) doc.rect(left, y, w.width, rowH).fillColor('#f7f7f7').fill();
    let cx = left;
    doc.fillColor(INK);
    row.forEach((cell, i) => {
      doc.text(cell, cx + 4, y + 4, { width: cols[i]! - 8, align: i === 0 ? 'left' : 'right', lineBreak: false, ellipsis: true, height: 10 });
      cx += cols[i]!;
    });
    doc.y = y + rowH;
  });
  doc
    .moveTo(left, doc.y)
    .lineTo(left + w.width, doc.y)
    .lineWidth(0.4)
    .strokeColor(GRID)
    .stroke();
  doc.x = left;
  doc.y += 10;
  resync(w);
}
