/* E-forms that people can finish. Without this script the form posts and the server's errors come
   back at each field; with it:
   - fields shown only in some case appear and disappear with the answers they depend on, and are
     neither required nor sent while hidden; fields required only in some case become required;
   - a field is checked when it is left: first against the form's JSON Schema (schema-check.js), then,
     if that passes, by the server's validate endpoint for the rules that span fields (a personal
     number that must match the birth date, a check digit…);
   - attachments are checked for number, size and type before anything is uploaded;
   - on submit every problem is listed in an error summary at the top whose links lead to the field,
     as the GOV.UK design system does; the form is sent only when nothing is left to fix.
   The messages are the server's own (data-messages on the page), in the page's language. */
(function () {
  'use strict';
  var page = document.querySelector('.form-page');
  var form = page && page.querySelector('form.egov-form');
  if (!form) return;

  var messages = {};
  try { messages = JSON.parse(page.getAttribute('data-messages') || '{}'); } catch (e) { messages = {}; }
  var schemaUrl = page.getAttribute('data-schema-url');
  var validateUrl = page.getAttribute('data-validate-url');
  var schema = null;
  var touched = {};
  var serverErrors = {};
  var localErrors = {};
  var fileErrors = {};
  var serverTimer = null;
  var serverSeq = 0;
  var submitting = false;

  form.setAttribute('novalidate', '');

  function msg(code, params) {
    var text = messages[code] || messages.INVALID || code;
    params = params || {};
    Object.keys(params).forEach(function (k) { text = text.split('{' + k + '}').join(String(params[k])); });
    return text;
  }

  function inputId(name) { return 'f-' + name.replace(/\./g, '-'); }

  function fieldBox(name) {
    return form.querySelector('[data-field="' + cssEscape(name) + '"]') || form.querySelector('[data-group="' + cssEscape(name) + '"]');
  }

  function cssEscape(s) { return window.CSS && CSS.escape ? CSS.escape(s) : s.replace(/["\\]/g, '\\$&'); }

  /* ---- reading the form the way the server's FormPostDecoder does ---- */
  function controls() {
    return Array.prototype.filter.call(form.elements, function (el) {
      return el.name && !el.disabled && el.name !== 'formId' && el.name !== 'idempotencyKey' && el.type !== 'submit' && el.type !== 'button';
    });
  }

  function typeOfField(name) {
    var box = form.querySelector('[data-field="' + cssEscape(name) + '"]');
    return box ? box.getAttribute('data-type') : null;
  }

  function setPath(data, name, value, multi) {
    var parts = name.split('.');
    if (parts.length === 3 && /^\d+$/.test(parts[1])) {
      var items = data[parts[0]] = data[parts[0]] || {};
      var item = items[parts[1]] = items[parts[1]] || {};
      put(item, parts[2], value, multi);
    } else {
      put(data, name, value, multi);
    }
  }

  function put(target, key, value, multi) {
    if (multi) {
      (target[key] = target[key] || []).push(value);
    } else if (!(key in target)) {
      target[key] = value;
    }
  }

  function collect() {
    var data = {};
    controls().forEach(function (el) {
      var type = typeOfField(el.name);
      if (el.type === 'file') {
        Array.prototype.forEach.call(el.files || [], function (f) { setPath(data, el.name, f.name, true); });
        return;
      }
      if ((el.type === 'radio' || el.type === 'checkbox') && !el.checked) return;
      var v = el.value;
      if (!v || !v.trim()) return;
      if (type === 'number' || type === 'integer') {
        var t = v.trim();
        var n = Number(t);
        setPath(data, el.name, t !== '' && isFinite(n) && /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t) ? n : v, false);
      } else {
        setPath(data, el.name, v, type === 'multipleChoice');
      }
    });
    // groups: objects keyed by index become arrays in index order, blank items dropped
    Object.keys(data).forEach(function (key) {
      var v = data[key];
      if (v && typeof v === 'object' && !Array.isArray(v)) {
        data[key] = Object.keys(v).map(Number).sort(function (a, b) { return a - b; })
          .map(function (i) { return v[i]; }).filter(function (item) { return Object.keys(item).length > 0; });
        if (data[key].length === 0) delete data[key];
      }
    });
    return data;
  }

  /* JSON Pointer → the form's field name: /a → a, /g/0/f → g.0.f, /files/1 → files. */
  function fieldOf(path) {
    var parts = path.split('/').slice(1).map(function (p) { return p.replace(/~1/g, '/').replace(/~0/g, '~'); });
    if (parts.length >= 3 && /^\d+$/.test(parts[1]) && fieldBox(parts[0] + '.' + parts[1] + '.' + parts[2])) {
      return parts[0] + '.' + parts[1] + '.' + parts[2];
    }
    return parts[0] || '';
  }

  /* ---- schema problems as the server's messages ---- */
  function code(problem, name) {
    var type = typeOfField(name);
    switch (problem.keyword) {
      case 'required': return ['REQUIRED', {}];
      case 'minLength': return problem.params.min <= 1 ? ['REQUIRED', {}] : ['TOO_SHORT', problem.params];
      case 'maxLength': return ['TOO_LONG', problem.params];
      case 'minimum': return ['BELOW_MINIMUM', problem.params];
      case 'maximum': return ['ABOVE_MAXIMUM', problem.params];
      case 'minItems': return problem.params.min <= 1 ? ['REQUIRED', {}] : ['TOO_FEW_ITEMS', problem.params];
      case 'maxItems': return ['TOO_MANY_ITEMS', problem.params];
      case 'uniqueItems': return ['DUPLICATE_CHOICE', {}];
      case 'oneOf': case 'const': return ['NOT_AN_OPTION', {}];
      case 'format': return ['INVALID_DATE', {}];
      case 'type': return type === 'number' || type === 'integer' ? ['TYPE_MISMATCH', { expected: messages['type.' + type] || type }] : ['TYPE_MISMATCH', problem.params];
      case 'additionalProperties': case 'not': return ['NOT_APPLICABLE', {}];
      case 'pattern':
        var value = valueOf(name);
        if (type === 'citizenId') return /^\d{12}$/.test(value) ? ['CITIZEN_ID_PROVINCE', {}] : ['CITIZEN_ID_FORMAT', {}];
        if (type === 'phone') return ['PHONE_FORMAT', {}];
        if (type === 'taxCode') return ['TAX_CODE_FORMAT', {}];
        if (type === 'email') return ['INVALID_EMAIL', {}];
        if (type === 'date') return ['INVALID_DATE', {}];
        return ['PATTERN_MISMATCH', {}];
      default: return ['INVALID', {}];
    }
  }

  function valueOf(name) {
    var el = form.elements[name];
    return el && typeof el.value === 'string' ? el.value : '';
  }

  function schemaErrors(data) {
    var byField = {};
    if (!schema || !window.EgovSchema) return byField;
    window.EgovSchema.validate(schema, data).forEach(function (p) {
      var name = fieldOf(p.path);
      if (!name || byField[name]) return;
      var c = code(p, name);
      byField[name] = msg(c[0], c[1]);
    });
    return byField;
  }

  /* ---- attachments, before upload ---- */
  function checkFiles(input) {
    var max = parseInt(input.getAttribute('data-max-bytes'), 10);
    var maxFiles = parseInt(input.getAttribute('data-max-files') || '1', 10);
    var accept = (input.getAttribute('accept') || '').split(',').map(function (s) { return s.trim().toLowerCase(); }).filter(Boolean);
    var files = Array.prototype.slice.call(input.files || []);
    if (files.length > maxFiles) return msg('TOO_MANY_ITEMS', { max: maxFiles });
    for (var i = 0; i < files.length; i++) {
      var f = files[i];
      if (accept.length && accept.indexOf((f.type || '').toLowerCase()) < 0 && !byExtension(f.name, accept)) {
        return f.name + ': ' + msg('ATTACHMENT_TYPE_NOT_ALLOWED', {});
      }
      if (max && f.size > max) return f.name + ': ' + msg('FILE_TOO_LARGE', { max: megabytes(max) });
    }
    return null;
  }

  function megabytes(bytes) {
    var mb = bytes / 1048576;
    return (Math.round(mb * 10) / 10).toString().replace('.', messages.decimal || '.');
  }

  var EXTENSIONS = { 'application/pdf': ['pdf'], 'image/jpeg': ['jpg', 'jpeg'], 'image/png': ['png'] };
  function byExtension(name, accept) {
    var ext = (name.split('.').pop() || '').toLowerCase();
    return accept.some(function (type) { return (EXTENSIONS[type] || []).indexOf(ext) >= 0; });
  }

  /* ---- showing errors at fields ---- */
  function show(name, text) {
    var box = fieldBox(name);
    if (!box) return;
    var id = box.hasAttribute('data-group') ? 'f-' + name : inputId(name);
    var errorId = id + '-error';
    var p = document.getElementById(errorId);
    var inputs = box.hasAttribute('data-group') ? [] : Array.prototype.slice.call(box.querySelectorAll('input, select, textarea'));
    if (!text) {
      if (p) p.parentNode.removeChild(p);
      box.classList.remove('form-field--error');
      inputs.forEach(function (el) {
        el.removeAttribute('aria-invalid');
        describe(el, errorId, false);
      });
      return;
    }
    if (!p) {
      p = document.createElement('p');
      p.className = 'field-error';
      p.id = errorId;
      var before = inputs.length ? firstInputHolder(box, inputs[0]) : null;
      if (before) before.parentNode.insertBefore(p, before);
      else box.appendChild(p);
    }
    p.textContent = '';
    var hiddenLabel = document.createElement('span');
    hiddenLabel.className = 'visually-hidden';
    hiddenLabel.textContent = messages['error.prefix'] || 'Error: ';
    p.appendChild(hiddenLabel);
    p.appendChild(document.createTextNode(text));
    box.classList.add('form-field--error');
    inputs.forEach(function (el, i) {
      el.setAttribute('aria-invalid', 'true');
      if (i === 0) describe(el, errorId, true);
    });
  }

  function firstInputHolder(box, input) {
    var holder = input;
    while (holder.parentNode && holder.parentNode !== box && !(holder.parentNode.tagName === 'FIELDSET' && holder.parentNode.parentNode === box)) {
      holder = holder.parentNode;
    }
    return holder;
  }

  function describe(el, id, on) {
    var ids = (el.getAttribute('aria-describedby') || '').split(/\s+/).filter(function (x) { return x && x !== id; });
    if (on) ids.unshift(id);
    if (ids.length) el.setAttribute('aria-describedby', ids.join(' '));
    else el.removeAttribute('aria-describedby');
  }

  function refresh(names) {
    names.forEach(function (name) {
      show(name, fileErrors[name] || localErrors[name] || serverErrors[name] || null);
    });
  }

  function allFieldNames() {
    var names = {};
    Array.prototype.forEach.call(form.querySelectorAll('[data-field], [data-group]'), function (box) {
      names[box.getAttribute('data-field') || box.getAttribute('data-group')] = true;
    });
    return Object.keys(names);
  }

  /* ---- checking a field when it is left ---- */
  function checkField(name) {
    touched[name] = true;
    localErrors = schemaErrors(collect());
    refresh(Object.keys(touched));
    if (!localErrors[name] && !fileErrors[name]) askServer(false);
  }

  function askServer(all) {
    if (!validateUrl || !window.fetch) return;
    clearTimeout(serverTimer);
    serverTimer = setTimeout(function () {
      var seq = ++serverSeq;
      fetch(validateUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
        body: JSON.stringify(collect()),
        credentials: 'same-origin'
      }).then(function (r) { return r.ok ? r.json() : null; }).then(function (report) {
        if (!report || seq !== serverSeq) return;
        serverErrors = {};
        (report.violations || []).forEach(function (v) {
          var name = fieldOf(v.path);
          if (name && !serverErrors[name]) serverErrors[name] = v.message;
        });
        refresh(all ? allFieldNames() : Object.keys(touched));
      }).catch(function () { /* offline: the schema's checks stand, the server checks on submit */ });
    }, 250);
  }

  form.addEventListener('focusout', function (event) {
    var el = event.target;
    if (!el.name || el.type === 'file' || el.type === 'radio' || el.type === 'checkbox' || submitting) return;
    var name = el.name;
    // wait for focus to land: leaving a field for the summary link or the submit button still checks it
    setTimeout(function () { checkField(name); }, 0);
  });

  form.addEventListener('change', function (event) {
    var el = event.target;
    applyConditions();
    if (!el.name) return;
    if (el.type === 'file') {
      fileErrors[el.name] = checkFiles(el);
      checkField(el.name);
    } else if (el.type === 'radio' || el.type === 'checkbox' || el.tagName === 'SELECT') {
      checkField(el.name);
    }
  });

  /* ---- conditions ---- */
  function holds(spec, scopeName) {
    var eq = spec.indexOf('=');
    var field = eq < 0 ? spec : spec.substring(0, eq);
    var wanted = eq < 0 ? null : spec.substring(eq + 1);
    var parts = scopeName.split('.');
    var name = parts.length === 3 ? parts[0] + '.' + parts[1] + '.' + field : field;
    var values = [];
    Array.prototype.forEach.call(form.querySelectorAll('[name="' + cssEscape(name) + '"]'), function (el) {
      if (el.disabled) return;
      if ((el.type === 'radio' || el.type === 'checkbox') && !el.checked) return;
      if (el.type === 'file') { if (el.files && el.files.length) values.push('file'); return; }
      if (el.value && el.value.trim()) values.push(el.value);
    });
    return wanted === null ? values.length > 0 : values.indexOf(wanted) >= 0;
  }

  function applyConditions() {
    Array.prototype.forEach.call(form.querySelectorAll('[data-shown-when]'), function (box) {
      var name = box.getAttribute('data-field') || box.getAttribute('data-group');
      var shown = holds(box.getAttribute('data-shown-when'), name);
      if (box.hidden === !shown && box.getAttribute('data-applied') === '1') return;
      box.setAttribute('data-applied', '1');
      box.hidden = !shown;
      Array.prototype.forEach.call(box.querySelectorAll('input, select, textarea, button'), function (el) {
        el.disabled = !shown;
      });
      if (box.getAttribute('data-required-when-shown') === 'true' && !box.hasAttribute('data-group')) {
        setRequired(box, shown);
      }
      if (!shown) {
        delete localErrors[name]; delete serverErrors[name]; delete fileErrors[name]; delete touched[name];
        show(name, null);
      }
    });
    Array.prototype.forEach.call(form.querySelectorAll('[data-required-when]'), function (box) {
      var name = box.getAttribute('data-field') || box.getAttribute('data-group');
      setRequired(box, !box.hidden && holds(box.getAttribute('data-required-when'), name));
    });
  }

  function setRequired(box, required) {
    var inputs = box.querySelectorAll('input, select, textarea');
    Array.prototype.forEach.call(inputs, function (el, i) {
      if (required && (i === 0 || (el.type !== 'radio' && el.type !== 'checkbox'))) {
        el.setAttribute('aria-required', 'true');
      } else {
        el.removeAttribute('aria-required');
      }
    });
  }

  /* ---- repeating groups: "add a row" ---- */
  Array.prototype.forEach.call(form.querySelectorAll('[data-group]'), function (group) {
    var max = parseInt(group.getAttribute('data-max-items'), 10) || 100;
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'button button--secondary add-item';
    button.textContent = messages['group.add'] || '+';
    group.appendChild(button);
    function update() { button.hidden = group.querySelectorAll('.group-item').length >= max; }
    update();
    button.addEventListener('click', function () {
      var items = group.querySelectorAll('.group-item');
      var last = items[items.length - 1];
      var index = items.length;
      var copy = last.cloneNode(true);
      copy.setAttribute('data-index', String(index));
      var groupId = group.getAttribute('data-group');
      Array.prototype.forEach.call(copy.querySelectorAll('[data-field]'), function (box) {
        box.setAttribute('data-field', rename(box.getAttribute('data-field'), groupId, index));
        box.classList.remove('form-field--error');
      });
      Array.prototype.forEach.call(copy.querySelectorAll('.field-error'), function (p) { p.parentNode.removeChild(p); });
      Array.prototype.forEach.call(copy.querySelectorAll('[name]'), function (el) {
        el.name = rename(el.name, groupId, index);
        if (el.type === 'radio' || el.type === 'checkbox') el.checked = false; else el.value = '';
        el.removeAttribute('required');
        el.removeAttribute('aria-invalid');
      });
      Array.prototype.forEach.call(copy.querySelectorAll('[id]'), function (el) { el.id = renameId(el.id, groupId, index); });
      Array.prototype.forEach.call(copy.querySelectorAll('[for]'), function (el) { el.htmlFor = renameId(el.htmlFor, groupId, index); });
      Array.prototype.forEach.call(copy.querySelectorAll('[aria-describedby]'), function (el) {
        el.setAttribute('aria-describedby', el.getAttribute('aria-describedby').split(/\s+/)
          .filter(function (x) { return !/-error$/.test(x); }).map(function (x) { return renameId(x, groupId, index); }).join(' '));
      });
      last.parentNode.insertBefore(copy, last.nextSibling);
      update();
      var first = copy.querySelector('input, select, textarea');
      if (first) first.focus();
    });
  });

  function rename(name, groupId, index) {
    return name.replace(new RegExp('^' + groupId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '\\.\\d+\\.'), groupId + '.' + index + '.');
  }

  function renameId(id, groupId, index) {
    return id.replace(new RegExp('^f-' + groupId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '-\\d+-'), 'f-' + groupId + '-' + index + '-');
  }

  /* ---- the error summary ---- */
  var summary = document.getElementById('error-summary');

  function showSummary(errors) {
    if (!summary) return;
    var list = summary.querySelector('ul');
    var title = summary.querySelector('h2');
    list.textContent = '';
    var names = Object.keys(errors);
    names.forEach(function (name) {
      var box = fieldBox(name);
      var li = document.createElement('li');
      var a = document.createElement('a');
      var anchor = box && box.hasAttribute('data-group') ? 'f-' + name : anchorOf(name);
      a.href = '#' + anchor;
      a.textContent = labelOf(name) + ': ' + errors[name];
      li.appendChild(a);
      list.appendChild(li);
    });
    title.textContent = (names.length === 1 ? messages['summary.one'] : messages['summary.many'] || '').replace('{n}', names.length);
    summary.hidden = names.length === 0;
    if (names.length) {
      summary.setAttribute('role', 'alert');
      summary.focus();
      document.title = (messages['title.error'] || '') + document.title.replace(messages['title.error'] || '\u0000', '');
    }
  }

  function anchorOf(name) {
    var box = fieldBox(name);
    var input = box && box.querySelector('input, select, textarea');
    return input ? input.id : inputId(name);
  }

  function labelOf(name) {
    var box = fieldBox(name);
    if (!box) return name;
    var label = box.querySelector('legend') || box.querySelector('label');
    if (!label) return name;
    var clone = label.cloneNode(true);
    Array.prototype.forEach.call(clone.querySelectorAll('.required'), function (s) { s.parentNode.removeChild(s); });
    return clone.textContent.trim();
  }

  if (summary) {
    summary.addEventListener('click', function (event) {
      var a = event.target.closest ? event.target.closest('a[href^="#"]') : null;
      if (!a) return;
      var target = document.getElementById(a.getAttribute('href').substring(1));
      if (!target) return;
      event.preventDefault();
      var focusable = target.matches('input, select, textarea') ? target : target.querySelector('input, select, textarea');
      var box = target.closest('[data-field], [data-group]');
      var label = box && (box.querySelector('legend') || box.querySelector('label'));
      (label || target).scrollIntoView({ block: 'start' });
      if (focusable) focusable.focus({ preventScroll: true });
    });
  }

  /* ---- submit: everything checked first, sent once ---- */
  form.addEventListener('submit', function (event) {
    if (form.getAttribute('data-checked') === '1') return;
    event.preventDefault();
    var data = collect();
    localErrors = schemaErrors(data);
    Array.prototype.forEach.call(form.querySelectorAll('input[type="file"]'), function (el) {
      if (!el.disabled) fileErrors[el.name] = checkFiles(el);
    });
    allFieldNames().forEach(function (n) { touched[n] = true; });
    var errors = merged();
    if (Object.keys(errors).length) {
      refresh(allFieldNames());
      showSummary(errors);
      return;
    }
    if (!validateUrl || !window.fetch) { send(); return; }
    submitting = true;
    fetch(validateUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify(data),
      credentials: 'same-origin'
    }).then(function (r) { return r.ok ? r.json() : null; }).then(function (report) {
      submitting = false;
      if (!report) { send(); return; }
      serverErrors = {};
      (report.violations || []).forEach(function (v) {
        var name = fieldOf(v.path);
        if (name && !serverErrors[name]) serverErrors[name] = v.message;
      });
      var all = merged();
      if (Object.keys(all).length) {
        refresh(allFieldNames());
        showSummary(all);
      } else {
        send();
      }
    }).catch(function () { submitting = false; send(); });
  });

  function merged() {
    var errors = {};
    allFieldNames().forEach(function (n) {
      var e = fileErrors[n] || localErrors[n] || serverErrors[n];
      if (e) errors[n] = e;
    });
    return errors;
  }

  function send() {
    form.setAttribute('data-checked', '1');
    var button = form.querySelector('button[type="submit"]');
    if (button) { button.disabled = true; button.textContent = messages.sending || button.textContent; }
    HTMLFormElement.prototype.submit.call(form);
  }

  /* ---- start ---- */
  applyConditions();
  if (summary && !summary.hidden) summary.focus();
  if (schemaUrl && window.fetch) {
    fetch(schemaUrl, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (s) { schema = s; })
      .catch(function () { schema = null; });
  }
})();
