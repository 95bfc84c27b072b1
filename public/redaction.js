// Redaction page (progressive enhancement; the form works without it): drag on a page's picture
// to mark a region. The region's page and corners (in PDF points from the page's top left) fill
// the next empty row of the table, whose Art. 17 letter list then takes the focus.
(() => {
  const form = document.getElementById('redaction-form');
  if (!form) return;
  const rows = () => Array.from(form.querySelectorAll('tr.region-row'));
  const emptyRow = () => {
    const free = rows().find((r) => !r.querySelector('input[name="r-page"]').value);
    if (free) return free;
    const last = rows().at(-1);
    const copy = last.cloneNode(true);
    for (const el of copy.querySelectorAll('input, select')) el.value = '';
    last.after(copy);
    return copy;
  };
  for (const fig of form.querySelectorAll('figure.redaction-page')) {
    const img = fig.querySelector('img');
    const widthPt = Number(fig.dataset.width);
    let start = null;
    let box = null;
    const point = (e) => {
      const r = img.getBoundingClientRect();
      const k = widthPt / r.width;
      return { x: Math.max(0, Math.min(r.width, e.clientX - r.left)) * k, y: Math.max(0, Math.min(r.height, e.clientY - r.top)) * k, k };
    };
    img.draggable = false;
    img.style.touchAction = 'none';
    img.addEventListener('pointerdown', (e) => {
      e.preventDefault();
      img.setPointerCapture(e.pointerId);
      start = point(e);
      box = document.createElement('div');
      box.className = 'redaction-box';
      fig.append(box);
    });
    img.addEventListener('pointermove', (e) => {
      if (!start) return;
      const p = point(e);
      const k = p.k;
      Object.assign(box.style, {
        left: `${Math.min(start.x, p.x) / k}px`,
        top: `${Math.min(start.y, p.y) / k}px`,
        width: `${Math.abs(p.x - start.x) / k}px`,
        height: `${Math.abs(p.y - start.y) / k}px`,
      });
    });
    img.addEventListener('pointerup', (e) => {
      if (!start) return;
      const p = point(e);
      const [x0, x1] = [Math.min(start.x, p.x), Math.max(start.x, p.x)];
      const [y0, y1] = [Math.min(start.y, p.y), Math.max(start.y, p.y)];
      start = null;
      if (x1 - x0 < 2 || y1 - y0 < 2) {
        box.remove();
        return;
      }
      const row = emptyRow();
      const set = (name, v) => {
        row.querySelector(`input[name="r-${name}"]`).value = String(Math.round(v * 10) / 10);
      };
      set('page', Number(fig.dataset.page));
      set('x0', x0);
      set('y0', y0);
      set('x1', x1);
      set('y1', y1);
      box.textContent = String(rows().indexOf(row) + 1);
      row.querySelector('select[name="r-letter"]').focus();
    });
  }
})();
