/*
 * Progressive enhancement for the request form (/ajukan). The form works without it; the server
 * decides. This script: shows only the identity fields that fit the chosen requester type, checks
 * the identity file's size and type before sending, moves focus to the error summary, and keeps
 * a double-click from sending twice (the server's idempotency key covers the rest).
 */
(function () {
  'use strict';
  var form = document.querySelector('form.request-form');
  if (!form) return;

  var summary = document.getElementById('error-summary');
  if (summary) summary.focus();

  function chosenType() {
    var checked = form.querySelector('input[name="requester.type"]:checked');
    return checked ? checked.value : '';
  }

  function applyType() {
    var type = chosenType();
    form.querySelectorAll('[data-types]').forEach(function (el) {
      var types = el.getAttribute('data-types').split(' ');
      el.hidden = type !== '' && types.indexOf(type) === -1;
    });
    form.querySelectorAll('[data-labels], [data-hints]').forEach(function (el) {
      var texts = JSON.parse(el.getAttribute('data-labels') || el.getAttribute('data-hints'));
      if (!el.hasAttribute('data-general')) el.setAttribute('data-general', el.textContent);
      el.textContent = type && texts[type] ? texts[type] : el.getAttribute('data-general');
    });
  }
  form.querySelectorAll('input[name="requester.type"]').forEach(function (r) { r.addEventListener('change', applyType); });
  applyType();

  var file = form.querySelector('input[type="file"]');
  var TYPES = ['application/pdf', 'image/jpeg', 'image/png'];

  function showFileError(message) {
    var id = file.id + '-error';
    var old = document.getElementById(id);
    if (old) old.remove();
    file.removeAttribute('aria-invalid');
    file.closest('.field').classList.remove('has-error');
    if (!message) return true;
    var span = document.createElement('span');
    span.className = 'field-error';
    span.id = id;
    span.textContent = message;
    file.parentNode.insertBefore(span, file);
    file.setAttribute('aria-invalid', 'true');
    var described = (file.getAttribute('aria-describedby') || '').split(' ').filter(function (x) { return x && x !== id; });
    described.push(id);
    file.setAttribute('aria-describedby', described.join(' '));
    file.closest('.field').classList.add('has-error');
    return false;
  }

  function checkFile() {
    var f = file && file.files && file.files[0];
    if (!f) return showFileError('');
    if (f.size > Number(file.getAttribute('data-max-bytes'))) return showFileError(file.getAttribute('data-msg-too-large'));
    if (f.type && TYPES.indexOf(f.type) === -1) return showFileError(file.getAttribute('data-msg-type'));
    return showFileError('');
  }
  if (file) file.addEventListener('change', checkFile);

  var sending = false;
  // Coming back to the page (browser history) makes the form usable again.
  window.addEventListener('pageshow', function () {
    sending = false;
    var button = form.querySelector('button[type="submit"]');
    if (button) button.removeAttribute('aria-disabled');
  });
  form.addEventListener('submit', function (event) {
    if (file && !checkFile()) {
      event.preventDefault();
      file.focus();
      return;
    }
    if (sending) {
      event.preventDefault();
      return;
    }
    sending = true;
    var button = form.querySelector('button[type="submit"]');
    if (button) {
      button.setAttribute('aria-disabled', 'true');
      if (button.getAttribute('data-busy-label')) button.textContent = button.getAttribute('data-busy-label');
    }
  });
})();
