/*
 * The scanning desk of a mass vaccination session. A keyboard-wedge scanner types the BSN and Enter into the one
 * field; the field clears at once and every scan is posted in the background with its own id (the server is
 * idempotent on it). A scan the server could not take is kept in this browser (localStorage), shown as not yet
 * stored, and sent again until it is stored. Without this script the form posts as a plain form.
 *
 * Kept scans belong to the login that made them: the key holds the login's random owner id (data-owner, names
 * nobody). Scans kept under another owner (another user, or an earlier login) are removed unsent; logging out clears
 * them all (logout.js).
 */
(function () {
  'use strict';
  var form = document.getElementById('scan-form');
  if (!form || !window.fetch) {
    return;
  }
  var input = document.getElementById('scan-code');
  var list = document.getElementById('desk-scans');
  var csrf = form.querySelector('input[name="_csrf"]');
  var desk = form.getAttribute('data-desk');
  var PREFIX = 'ddjgz-mass-';
  var ownerPrefix = PREFIX + form.getAttribute('data-owner') + '-';
  var storeKey = ownerPrefix + form.getAttribute('data-session') + '-' + desk;
  var pendingText = form.getAttribute('data-pending');
  var sendingText = form.getAttribute('data-sending');
  var totalsUrl = form.getAttribute('data-totals');
  var actionsBox = document.getElementById('desk-actions');
  var sending = false;

  function uuid() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  function queue() {
    try {
      return JSON.parse(localStorage.getItem(storeKey)) || [];
    } catch (e) {
      return [];
    }
  }

  function keep(items) {
    try {
      if (items.length) {
        localStorage.setItem(storeKey, JSON.stringify(items));
      } else {
        localStorage.removeItem(storeKey);
      }
    } catch (e) {
      // storage full or refused: the scan stays in the page's list
    }
  }

  /** Scans another login left in this browser are never sent under this one. */
  function forgetOtherLogins() {
    try {
      for (var i = localStorage.length - 1; i >= 0; i--) {
        var key = localStorage.key(i);
        if (key && key.indexOf(PREFIX) === 0 && key.indexOf(ownerPrefix) !== 0) {
          localStorage.removeItem(key);
        }
      }
    } catch (e) {
      // storage refused: nothing is kept either
    }
  }

  function masked(code) {
    var digits = code.replace(/\s/g, '');
    return digits.length > 4 ? digits.slice(0, 2) + '*****' + digits.slice(-2) : digits;
  }

  function show(id, text, colour) {
    var item = document.getElementById('scan-' + id);
    if (!item) {
      item = document.createElement('li');
      item.id = 'scan-' + id;
      list.insertBefore(item, list.firstChild);
    }
    item.className = 'scan scan-' + colour;
    item.setAttribute('data-state', colour === 'PENDING' || colour === 'SENDING' ? 'pending' : 'stored');
    item.textContent = text;
  }

  /** What the desk offers next to the latest answer: links, or small forms posted with the CSRF token. */
  function actions(list) {
    if (!actionsBox) {
      return;
    }
    while (actionsBox.firstChild) {
      actionsBox.removeChild(actionsBox.firstChild);
    }
    (list || []).forEach(function (a) {
      if (a.method === 'get') {
        var link = document.createElement('a');
        link.id = 'action-' + a.id;
        link.href = a.href;
        link.textContent = a.label;
        actionsBox.appendChild(link);
        return;
      }
      var f = document.createElement('form');
      f.method = 'post';
      f.action = a.href;
      f.className = 'inline';
      var fields = Object.assign({ _csrf: csrf ? csrf.value : '' }, a.fields || {});
      Object.keys(fields).forEach(function (name) {
        var hidden = document.createElement('input');
        hidden.type = 'hidden';
        hidden.name = name;
        hidden.value = fields[name];
        f.appendChild(hidden);
      });
      var button = document.createElement('button');
      button.type = 'submit';
      button.id = 'action-' + a.id;
      button.textContent = a.label;
      f.appendChild(button);
      actionsBox.appendChild(f);
    });
  }

  function totals(t) {
    if (!t) {
      return;
    }
    Object.keys(t).forEach(function (name) {
      var cell = document.getElementById('total-' + name);
      if (cell) {
        cell.textContent = t[name];
      }
    });
  }

  function post(item) {
    var body = new URLSearchParams();
    body.set('_csrf', csrf ? csrf.value : '');
    body.set('balie', desk);
    body.set('scanId', item.id);
    body.set('code', item.code);
    body.set('manual', item.manual ? 'true' : 'false');
    return fetch(form.action, {
      method: 'POST',
      headers: { 'Accept': 'application/json' },
      body: body,
      credentials: 'same-origin',
      redirect: 'error'
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('status ' + response.status);
      }
      return response.json();
    }).then(function (answer) {
      if (answer.colour === 'NONE') {
        var empty = document.getElementById('scan-' + item.id);
        if (empty) {
          empty.remove();
        }
      } else {
        show(item.id, answer.text, answer.colour);
        actions(answer.actions);
      }
      totals(answer.totals);
      keep(queue().filter(function (q) { return q.id !== item.id; }));
      return true;
    });
  }

  function scan(code, manual) {
    var item = { id: uuid(), code: code, manual: !!manual };
    keep(queue().concat([item]));
    show(item.id, sendingText + ' ' + masked(code), 'SENDING');
    post(item).catch(function () {
      show(item.id, pendingText + ' ' + masked(item.code), 'PENDING');
    });
  }

  /** Sends what this browser kept while the server could not be reached, one at a time, oldest first. */
  function resend() {
    var waiting = queue();
    if (sending || !waiting.length) {
      return;
    }
    sending = true;
    var next = function (i) {
      if (i >= waiting.length) {
        sending = false;
        return;
      }
      var item = waiting[i];
      if (document.getElementById('scan-' + item.id) === null) {
        show(item.id, pendingText + ' ' + masked(item.code), 'PENDING');
      }
      post(item).then(function () { next(i + 1); }, function () { sending = false; });
    };
    next(0);
  }

  // a scanner types a code in a few milliseconds; a person typing the BSN by hand is slower (a manual entry)
  var firstKey = 0;
  input.addEventListener('keydown', function (event) {
    if (event.key !== 'Enter' && input.value === '') {
      firstKey = Date.now();
    }
  });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var code = input.value;
    var typedByHand = firstKey > 0 && (Date.now() - firstKey) / Math.max(code.length, 1) > 40;
    input.value = '';
    firstKey = 0;
    input.focus();
    if (code.trim() === '') {
      return;
    }
    scan(code, typedByHand);
  });

  // the field keeps the focus unless the user works elsewhere on the page (the name search)
  document.addEventListener('focusout', function () {
    setTimeout(function () {
      if (document.activeElement === document.body || document.activeElement === null) {
        input.focus();
      }
    }, 0);
  });

  window.addEventListener('online', resend);
  setInterval(resend, 5000);
  setInterval(function () {
    if (!totalsUrl) {
      return;
    }
    fetch(totalsUrl, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin', redirect: 'error' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(totals)
      .catch(function () { /* offline: the totals wait */ });
  }, 5000);
  forgetOtherLogins();
  resend();
  input.focus();
})();
