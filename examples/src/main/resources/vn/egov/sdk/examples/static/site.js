/* The portal's page script. Everything works without it; with it, a vote is cast in place and
   print buttons print. Loaded with `defer` from the site itself (no inline script anywhere). */
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  function closest(el, selector) {
    while (el && el.nodeType === 1) {
      if (el.matches(selector)) return el;
      el = el.parentElement;
    }
    return null;
  }

  /* Poll: post the form with fetch and put the returned block (results and a thank-you) in place. */
  document.addEventListener('submit', function (event) {
    var form = closest(event.target, 'form.poll-form');
    if (!form || !window.fetch || !window.URLSearchParams) return;
    event.preventDefault();
    var section = closest(form, '.poll');
    var status = section && section.querySelector('.poll-status');
    var button = form.querySelector('button[type="submit"]');
    var body = new URLSearchParams();
    Array.prototype.forEach.call(form.querySelectorAll('input[name="luaChon"]'), function (input) {
      if (input.checked) body.append('luaChon', input.value);
    });
    if (button) button.disabled = true;
    fetch(form.action, {
      method: 'POST',
      headers: { 'Accept': 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
      credentials: 'same-origin'
    }).then(function (response) {
      return response.json().then(function (data) { return { status: response.status, data: data }; });
    }).then(function (result) {
      var data = result.data || {};
      if (data.html && section) {
        var holder = document.createElement('div');
        holder.innerHTML = data.html;
        var fresh = holder.firstElementChild;
        if (fresh) {
          section.parentNode.replaceChild(fresh, section);
          var freshStatus = fresh.querySelector('.poll-status');
          if (freshStatus) freshStatus.focus();
          return;
        }
      }
      showStatus(status, data.message || (data.error && data.error.message) || '', 'error');
      if (button) button.disabled = false;
    }).catch(function () {
      /* the network failed: fall back to the plain form post */
      form.submit();
    });
  });

  function showStatus(status, text, kind) {
    if (!status) return;
    status.innerHTML = '';
    var p = document.createElement('p');
    p.className = 'message message--' + kind;
    p.textContent = text;
    status.appendChild(p);
    status.focus();
  }

  /* Print buttons (the receipt, a printable form). */
  document.addEventListener('click', function (event) {
    var button = closest(event.target, '[data-print]');
    if (!button) return;
    event.preventDefault();
    window.print();
  });
  Array.prototype.forEach.call(document.querySelectorAll('[data-print]'), function (el) {
    el.hidden = false;
  });
})();
