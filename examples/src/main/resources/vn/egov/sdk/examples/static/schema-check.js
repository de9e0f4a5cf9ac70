/* A JSON Schema 2020-12 checker for the subset that sdk-forms' JsonSchemaExporter writes: type,
   properties, required, additionalProperties, allOf with if/then/else and not, const/oneOf, items,
   minItems/maxItems/uniqueItems, minLength/maxLength (in code points), pattern, minimum/maximum and
   format "date". It never evaluates code (no eval, no new Function), so the page keeps a
   Content-Security-Policy without 'unsafe-eval'. Each problem is {path, keyword, params} with path a
   JSON Pointer into the data. A keyword it does not know is ignored: the server has the last word. */
(function (global) {
  'use strict';

  var patternCache = {};

  function regex(source) {
    if (Object.prototype.hasOwnProperty.call(patternCache, source)) return patternCache[source];
    var re = null;
    try { re = new RegExp(source, 'u'); } catch (e) {
      try { re = new RegExp(source); } catch (e2) { re = null; }
    }
    patternCache[source] = re;
    return re;
  }

  function typeOf(value) {
    if (value === null) return 'null';
    if (Array.isArray(value)) return 'array';
    return typeof value;
  }

  function hasType(value, type) {
    switch (type) {
      case 'string': return typeof value === 'string';
      case 'number': return typeof value === 'number' && isFinite(value);
      case 'integer': return typeof value === 'number' && isFinite(value) && Math.floor(value) === value;
      case 'array': return Array.isArray(value);
      case 'object': return typeOf(value) === 'object';
      case 'boolean': return typeof value === 'boolean';
      case 'null': return value === null;
      default: return true;
    }
  }

  function codePoints(s) {
    var n = 0;
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.length) i++;
      n++;
    }
    return n;
  }

  function realDate(s) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (!m) return false;
    var y = +m[1], mo = +m[2], d = +m[3];
    if (mo < 1 || mo > 12 || d < 1) return false;
    var days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    return d <= days[mo - 1];
  }

  function equal(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
  }

  function pointer(path, key) {
    return path + '/' + String(key).replace(/~/g, '~0').replace(/\//g, '~1');
  }

  function check(schema, value, path, out) {
    if (schema === true || schema === undefined) return;
    if (schema === false) { out.push({ path: path, keyword: 'false', params: {} }); return; }
    if ('type' in schema && !hasType(value, schema.type)) {
      out.push({ path: path, keyword: 'type', params: { expected: schema.type } });
      return;
    }
    if ('const' in schema && !equal(value, schema['const'])) {
      out.push({ path: path, keyword: 'const', params: {} });
    }
    if (Array.isArray(schema.oneOf)) {
      var matches = 0;
      for (var i = 0; i < schema.oneOf.length; i++) {
        var sub = [];
        check(schema.oneOf[i], value, path, sub);
        if (sub.length === 0) matches++;
      }
      if (matches !== 1) out.push({ path: path, keyword: 'oneOf', params: {} });
    }
    if (typeof value === 'string') {
      var n = codePoints(value);
      if ('minLength' in schema && n < schema.minLength) out.push({ path: path, keyword: 'minLength', params: { min: schema.minLength } });
      if ('maxLength' in schema && n > schema.maxLength) out.push({ path: path, keyword: 'maxLength', params: { max: schema.maxLength } });
      if ('pattern' in schema) {
        var re = regex(schema.pattern);
        if (re && !re.test(value)) out.push({ path: path, keyword: 'pattern', params: {} });
      }
      if (schema.format === 'date' && !realDate(value)) out.push({ path: path, keyword: 'format', params: { format: 'date' } });
    }
    if (typeof value === 'number') {
      if ('minimum' in schema && value < schema.minimum) out.push({ path: path, keyword: 'minimum', params: { min: schema.minimum } });
      if ('maximum' in schema && value > schema.maximum) out.push({ path: path, keyword: 'maximum', params: { max: schema.maximum } });
    }
    if (Array.isArray(value)) {
      if ('minItems' in schema && value.length < schema.minItems) out.push({ path: path, keyword: 'minItems', params: { min: schema.minItems } });
      if ('maxItems' in schema && value.length > schema.maxItems) out.push({ path: path, keyword: 'maxItems', params: { max: schema.maxItems } });
      if (schema.uniqueItems) {
        var seen = {};
        for (var u = 0; u < value.length; u++) {
          var k = JSON.stringify(value[u]);
          if (seen[k]) { out.push({ path: path, keyword: 'uniqueItems', params: {} }); break; }
          seen[k] = true;
        }
      }
      if (schema.items !== undefined) {
        for (var j = 0; j < value.length; j++) check(schema.items, value[j], pointer(path, j), out);
      }
    }
    if (typeOf(value) === 'object') {
      var props = schema.properties || {};
      if (Array.isArray(schema.required)) {
        for (var r = 0; r < schema.required.length; r++) {
          if (!Object.prototype.hasOwnProperty.call(value, schema.required[r])) {
            out.push({ path: pointer(path, schema.required[r]), keyword: 'required', params: {} });
          }
        }
      }
      for (var key in value) {
        if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
        if (Object.prototype.hasOwnProperty.call(props, key)) {
          check(props[key], value[key], pointer(path, key), out);
        } else if (schema.additionalProperties === false) {
          out.push({ path: pointer(path, key), keyword: 'additionalProperties', params: {} });
        }
      }
    }
    if (Array.isArray(schema.allOf)) {
      for (var a = 0; a < schema.allOf.length; a++) check(schema.allOf[a], value, path, out);
    }
    if (schema['if'] !== undefined) {
      var cond = [];
      check(schema['if'], value, path, cond);
      if (cond.length === 0) {
        if (schema.then !== undefined) check(schema.then, value, path, out);
      } else if (schema['else'] !== undefined) {
        check(schema['else'], value, path, out);
      }
    }
    if (schema.not !== undefined) {
      var inner = [];
      check(schema.not, value, path, inner);
      if (inner.length === 0) {
        // "not": {"required": [x]} — x must be absent: point at x
        var at = schema.not.required && schema.not.required.length === 1 ? pointer(path, schema.not.required[0]) : path;
        out.push({ path: at, keyword: 'not', params: {} });
      }
    }
  }

  global.EgovSchema = {
    /** Every problem of `data` against `schema`, in document order (possibly several per path). */
    validate: function (schema, data) {
      var out = [];
      check(schema, data, '', out);
      return out;
    }
  };
})(window);
