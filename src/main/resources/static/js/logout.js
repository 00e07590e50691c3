/*
 * Unsent desk scans (mass vaccination, kept in localStorage with full BSNs while the server cannot be reached) never
 * outlive the login that made them on a shared tablet: they are removed when the user logs out, and on the login
 * page (a login that ended without logging out, e.g. after the session timed out).
 */
(function () {
  'use strict';
  var PREFIX = 'ddjgz-mass-';

  function clearDeskScans() {
    try {
      for (var i = localStorage.length - 1; i >= 0; i--) {
        var key = localStorage.key(i);
        if (key && key.indexOf(PREFIX) === 0) {
          localStorage.removeItem(key);
        }
      }
    } catch (e) {
      // storage refused: nothing was kept
    }
  }

  document.addEventListener('submit', function (event) {
    if (event.target && event.target.classList && event.target.classList.contains('logout')) {
      clearDeskScans();
    }
  }, true);

  function onLoginPage() {
    if (document.querySelector('[data-clear-desk-scans]')) {
      clearDeskScans();
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', onLoginPage);
  } else {
    onLoginPage();
  }
})();
