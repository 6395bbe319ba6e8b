/// The briefing's inline stylesheet: system fonts only (nothing fetched), A4 pages, charts and
/// table rows never split across pages, and colours kept when printing.
enum BriefingStyle {
    /// The CSS text, placed in the page's `<style>` element.
    static let css = """
    @page { size: A4; margin: 14mm 13mm 15mm 13mm; }
    * { box-sizing: border-box; }
    html { -webkit-print-color-adjust: exact; print-color-adjust: exact; background: #fff; }
    body { font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 10pt;
      line-height: 1.4; color: #1a1a1a; background: #fff; max-width: 184mm; margin: 0 auto; padding: 8mm 0; }
    header { border-bottom: 3px solid #0072B2; margin-bottom: 4mm; padding-bottom: 2mm; }
    h1 { font-size: 17pt; margin: 0 0 1mm; }
    h2 { font-size: 12.5pt; margin: 7mm 0 2mm; padding-bottom: 0.8mm; border-bottom: 1.2px solid #0072B2;
      break-after: avoid; page-break-after: avoid; }
    h3 { font-size: 10pt; margin: 2mm 0 1mm; break-after: avoid; page-break-after: avoid; }
    p { margin: 1mm 0 2mm; }
    .kind { font-size: 11pt; color: #333; margin: 0; }
    .meta { font-size: 8.5pt; color: #444; margin: 1mm 0 0; }
    .cards { display: grid; grid-template-columns: repeat(3, 1fr); gap: 2.5mm; margin: 2mm 0 3mm; }
    .card { border: 1px solid #c8c8c8; border-left: 4px solid #0072B2; padding: 1.5mm 2.5mm; break-inside: avoid; page-break-inside: avoid; }
    .card .label { font-size: 8pt; color: #444; }
    .card .value { font-size: 14pt; font-weight: bold; white-space: nowrap; }
    .card .sub { font-size: 7.5pt; color: #444; }
    figure { margin: 2mm 0 1mm; break-inside: avoid; page-break-inside: avoid; }
    figcaption, p.caption { font-size: 8pt; color: #444; margin-top: 1mm; }
    p.caption { break-before: avoid; page-break-before: avoid; }
    .panels { display: grid; grid-template-columns: 1fr 1fr; gap: 2mm 4mm; }
    .panels figure { margin: 0; }
    svg.chart { width: 100%; height: auto; display: block; }
    svg text { font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 11px; fill: #1a1a1a; }
    svg .axis-label { font-size: 11.5px; font-weight: bold; }
    svg .gridline { stroke: #dcdcdc; stroke-width: 1; }
    svg .axis { stroke: #555; stroke-width: 1; }
    table { border-collapse: collapse; width: 100%; font-size: 8pt; margin: 2mm 0 1mm; }
    caption { caption-side: top; text-align: left; font-weight: bold; font-size: 8.5pt; padding-bottom: 1mm; }
    th, td { border-bottom: 1px solid #dedede; padding: 0.5mm 1.4mm; text-align: left; vertical-align: bottom; }
    thead th { border-bottom: 1.4px solid #555; font-weight: bold; }
    tbody th { font-weight: normal; }
    .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    thead .num { white-space: normal; }
    thead { display: table-header-group; }
    table.keep { break-inside: avoid; page-break-inside: avoid; }
    tr { break-inside: avoid; page-break-inside: avoid; }
    tr.total th, tr.total td { font-weight: bold; border-top: 1.4px solid #555; }
    .source { font-size: 8pt; color: #333; break-before: avoid; page-break-before: avoid; }
    section.chart-section { margin-bottom: 4mm; }
    #assumptions th, #assumptions td { vertical-align: top; }
    #assumptions tbody th { width: 22%; } #assumptions td:nth-child(2) { width: 20%; } #assumptions td:nth-child(4) { width: 17%; }
    ul.not-modelled { margin: 1mm 0 2mm; padding-left: 5mm; font-size: 8.5pt; }
    ul.not-modelled li { margin: 0.4mm 0; break-inside: avoid; page-break-inside: avoid; }
    footer { margin-top: 6mm; padding-top: 2mm; border-top: 1px solid #999; font-size: 8pt; color: #333; }
    a { color: #0050A0; }
    @media print {
      body { max-width: none; padding: 0; }
      h2 { margin-top: 5mm; }
      section.chart-section > h2 + figure, section.chart-section > h2 + .panels { break-before: avoid; page-break-before: avoid; }
    }
    """
}
